import { runReview } from '../review/review.js';

/** `npm run review`: clinical sign-off of the catalogue, item by item (docs/catalogue.md). */
process.exitCode = runReview(process.argv.slice(2), {
  catalogueFile: 'data/catalogue.json',
  reviewsFile: 'data/reviews.json',
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  today: () => new Date().toISOString().slice(0, 10),
});
