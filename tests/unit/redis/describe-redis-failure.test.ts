import { describe, expect, it } from 'vitest';
import {
  isRedisConnectionError,
  redisAddressOf,
  redisFailureReason,
} from '../../../src/adapters/redis/describe-redis-failure.ts';

/** An error as Node's net and dns modules shape them: a message and a `code`. */
function systemError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('redisAddressOf', () => {
  it('hides the password and keeps everything an operator needs to find the server', () => {
    expect(redisAddressOf('redis://:hunter2@cache.internal:6380/3')).toBe(
      'redis://:***@cache.internal:6380/3',
    );
    expect(redisAddressOf('rediss://app:hunter2@cache.internal:6380')).toBe(
      'rediss://app:***@cache.internal:6380',
    );
  });

  it('leaves an address without a password as it is', () => {
    expect(redisAddressOf('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });

  it('still hides credentials in something that does not parse as a URL', () => {
    expect(redisAddressOf('redis//:hunter2@cache:6379 oops')).not.toContain('hunter2');
    expect(redisAddressOf('not a url://user:hunter2@cache')).not.toContain('hunter2');
  });
});

describe('redisFailureReason', () => {
  it('names the network failures in plain words', () => {
    expect(
      redisFailureReason(systemError('connect ECONNREFUSED 127.0.0.1:1', 'ECONNREFUSED')),
    ).toBe('connection refused');
    expect(
      redisFailureReason(systemError('getaddrinfo ENOTFOUND nonexistent.invalid', 'ENOTFOUND')),
    ).toBe('no such host');
    expect(redisFailureReason(systemError('connect ETIMEDOUT', 'ETIMEDOUT'))).toBe('timed out');
  });

  it('tells a missing or wrong password apart from a network failure', () => {
    expect(redisFailureReason(new Error('NOAUTH Authentication required.'))).toBe(
      'a password is required',
    );
    expect(
      redisFailureReason(
        new Error('WRONGPASS invalid username-password pair or user is disabled.'),
      ),
    ).toBe('wrong user name or password');
  });

  it('recognises a port where something other than Redis answers', () => {
    expect(redisFailureReason(new Error('Unknown RESP type 72 "H". Please report this.'))).toBe(
      'the server there does not speak Redis',
    );
  });

  it('says why a Redis Cluster could not be used, from the node error when it kept one', () => {
    const allFailed = (lastNodeError: Error) =>
      Object.assign(new Error('Failed to refresh slots cache.'), { lastNodeError });
    expect(redisFailureReason(allFailed(systemError('connect ECONNREFUSED', 'ECONNREFUSED')))).toBe(
      'connection refused',
    );
    expect(
      redisFailureReason(allFailed(new Error('ERR This instance has cluster support disabled'))),
    ).toBe('it is a single Redis, not a Redis Cluster: unset REDIS_CLUSTER');
    expect(redisFailureReason(allFailed(new Error('Connection is closed.')))).toBe(
      'no node of the Redis Cluster answered',
    );
    expect(redisFailureReason(new Error('None of startup nodes is available'))).toBe(
      'no node of the Redis Cluster answered',
    );
  });

  it('falls back to the first line of anything else, kept short', () => {
    const reason = redisFailureReason(new Error(`${'x'.repeat(300)}\nsecond line`));
    expect(reason.length).toBeLessThanOrEqual(120);
    expect(reason).not.toContain('second line');
  });
});

describe('isRedisConnectionError', () => {
  it('is true for a lost or refused connection, which ioredis retries on its own', () => {
    expect(isRedisConnectionError(systemError('connect ECONNREFUSED', 'ECONNREFUSED'))).toBe(true);
    expect(isRedisConnectionError(new Error('Connection is closed.'))).toBe(true);
    expect(
      isRedisConnectionError(
        new Error("Stream isn't writeable and enableOfflineQueue options is false"),
      ),
    ).toBe(true);
  });

  it('is false for a command that failed on a working connection', () => {
    expect(isRedisConnectionError(new Error('ERR unknown command'))).toBe(false);
    expect(isRedisConnectionError(new Error('Missing lock for job 12. moveToFinished'))).toBe(
      false,
    );
  });
});
