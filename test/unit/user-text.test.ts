import { describe, expect, it } from 'vitest';
import { quoteUserText, truncate } from '../../src/replies/user-text.js';

describe('quoting a member’s text back to them', () => {
  it('escapes markdown so it renders as typed', () => {
    expect(quoteUserText('**bold** _it_ ~~s~~ `c` ||spoiler||')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|spoiler\\|\\|',
    );
    expect(quoteUserText('# heading')).toBe('\\# heading');
  });

  it('does not let a disguised link through', () => {
    expect(quoteUserText('[free nitro](https://evil.example)')).toBe('\\[free nitro](https://evil.example)');
  });

  it('defuses mentions, channel links and timestamps', () => {
    expect(quoteUserText('<@123> <#456> <t:1:R> @everyone @here')).toBe(
      '\\<@\u200b123\\> \\<#456\\> \\<t:1:R\\> @\u200beveryone @\u200bhere',
    );
  });

  it('flattens line breaks and control characters', () => {
    expect(quoteUserText('a\nb\r\n\tc\u0000d\u202Ee')).toBe('a b c d e');
  });

  it('shortens long text without splitting an emoji', () => {
    const quoted = quoteUserText('👍🏽'.repeat(150));
    expect(quoted.endsWith('👍🏽…')).toBe(true);
    expect(truncate('ab', 5)).toBe('ab');
  });
});
