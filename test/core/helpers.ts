import { expect } from '@open-wc/testing';
import { CrmCoreError, type CrmCoreErrorCode } from '../../src/core/index.js';

/** Asserts that `fn` throws a CrmCoreError with `code` (and, if given, a path containing `path`). */
export function expectCoreError(fn: () => unknown, code: CrmCoreErrorCode, path?: string): CrmCoreError {
  try {
    fn();
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(CrmCoreError);
    const e = error as CrmCoreError;
    expect(e.code, e.message).to.equal(code);
    if (path !== undefined) expect(e.path).to.contain(path);
    return e;
  }
  expect.fail(`expected a CrmCoreError ${code}`);
  throw new Error('unreachable');
}
