// Child process for the held-lock test: takes SQLite's write lock on a file and keeps it until stdin closes.
import Database from 'better-sqlite3';

const db = new Database(process.argv[2] ?? '');
db.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\n');
process.stdin.resume();
process.stdin.on('end', () => {
  db.exec('ROLLBACK');
  db.close();
});
