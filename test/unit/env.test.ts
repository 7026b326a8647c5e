import { describe, expect, it } from 'vitest';
import { BotEnvSchema, DeployEnvSchema, EnvError, parseEnv, ServeEnvSchema } from '../../src/config/env.js';

const token = 'a-long-enough-token-value';
const appId = '123456789012345678';

describe('environment validation', () => {
  it('accepts a token alone and fills in the defaults', () => {
    expect(parseEnv(BotEnvSchema, { DISCORD_TOKEN: token })).toEqual({
      DISCORD_TOKEN: token,
      DISCORD_API_URL: 'https://discord.com/api',
      LOG_LEVEL: 'info',
      CRAMP_DB_PATH: './var/cramp.sqlite',
    });
  });

  it('names a missing or empty token in one line, with where to find it', () => {
    for (const env of [{}, { DISCORD_TOKEN: '' }]) {
      expect(() => parseEnv(BotEnvSchema, env)).toThrow(EnvError);
      expect(() => parseEnv(BotEnvSchema, env)).toThrow(/^DISCORD_TOKEN is required: the bot token from the Developer Portal[^\n]*$/);
    }
  });

  it('never repeats the rejected value', () => {
    const secret = 'tok en-with-a-space';
    let message = '';
    try {
      parseEnv(BotEnvSchema, { DISCORD_TOKEN: secret });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^DISCORD_TOKEN must be the token as copied: printable characters, no spaces/);
    expect(message).not.toContain(secret);
  });

  it.each([
    [{ DISCORD_TOKEN: token, DISCORD_API_URL: 'discord.com' }, /^DISCORD_API_URL must be an http\(s\) URL/],
    [{ DISCORD_TOKEN: token, DISCORD_API_URL: 'ftp://127.0.0.1/api' }, /^DISCORD_API_URL must be an http\(s\) URL/],
    [{ DISCORD_TOKEN: token, LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/],
    [{ DISCORD_TOKEN: token, OPERATOR_CONTACT: 'a@b.org\nsecond line' }, /^OPERATOR_CONTACT must be one line/],
  ])('rejects %j', (env, message) => {
    expect(() => parseEnv(BotEnvSchema, env)).toThrow(message);
  });

  it('drops a trailing slash from DISCORD_API_URL so discord.js does not double it', () => {
    expect(parseEnv(BotEnvSchema, { DISCORD_TOKEN: token, DISCORD_API_URL: 'http://127.0.0.1:9000/api/' }).DISCORD_API_URL).toBe(
      'http://127.0.0.1:9000/api',
    );
  });

  it('reads SHARD_COUNT as "auto" or a number, and names it when it is neither', () => {
    expect(parseEnv(BotEnvSchema, { DISCORD_TOKEN: token, SHARD_COUNT: 'auto' }).SHARD_COUNT).toBe('auto');
    expect(parseEnv(BotEnvSchema, { DISCORD_TOKEN: token, SHARD_COUNT: '4' }).SHARD_COUNT).toBe(4);
    expect(() => parseEnv(BotEnvSchema, { DISCORD_TOKEN: token, SHARD_COUNT: 'many' })).toThrow(
      /^SHARD_COUNT must be "auto" or a whole number from 1 to 1000/,
    );
  });

  it('the HTTP endpoint needs the public key, 64 hex characters, and a valid port', () => {
    const key = 'a'.repeat(64);
    expect(parseEnv(ServeEnvSchema, { DISCORD_PUBLIC_KEY: key })).toEqual({
      DISCORD_PUBLIC_KEY: key,
      HTTP_PORT: 8080,
      LOG_LEVEL: 'info',
      CRAMP_DB_PATH: './var/cramp.sqlite',
    });
    expect(() => parseEnv(ServeEnvSchema, { DISCORD_PUBLIC_KEY: 'a'.repeat(63) })).toThrow(
      /^DISCORD_PUBLIC_KEY must be 64 hexadecimal characters/,
    );
    expect(() => parseEnv(ServeEnvSchema, { DISCORD_PUBLIC_KEY: key, HTTP_PORT: '70000' })).toThrow(/^HTTP_PORT /);
  });

  it('deploying also needs the application id, and ids must be snowflakes', () => {
    expect(() => parseEnv(DeployEnvSchema, { DISCORD_TOKEN: token })).toThrow(/^DISCORD_APPLICATION_ID is required/);
    expect(() => parseEnv(DeployEnvSchema, { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: 'my-bot' })).toThrow(
      /^DISCORD_APPLICATION_ID must be a Discord id/,
    );
    expect(() => parseEnv(DeployEnvSchema, { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: appId, DISCORD_GUILD_ID: '12' })).toThrow(
      /^DISCORD_GUILD_ID must be a Discord id/,
    );
    expect(
      parseEnv(DeployEnvSchema, { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: appId, DISCORD_GUILD_ID: '' }).DISCORD_GUILD_ID,
    ).toBeUndefined();
  });
});
