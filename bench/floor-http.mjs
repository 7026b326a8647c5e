// The HTTP floor: the smallest interactions endpoint on node:http that does what Discord requires (read the
// body, check the Ed25519 signature, answer with JSON) and nothing else. It replies with a fixed copy of our
// card (FLOOR_REPLY), so both servers send the same bytes and the ratio measures our router, store and checks.
import { serveSigned } from './floor-signed.mjs';

const reply = process.env.FLOOR_REPLY;

serveSigned((_signature, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(reply));
