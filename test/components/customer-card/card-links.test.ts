/** Click-to-call and click-to-mail addresses from untrusted values, and the avatars' initials. */
import { expect } from '@open-wc/testing';
import { initials, mailtoHref, telHref } from '../../../src/components/customer-card/contact-links.js';

describe('contact links', () => {
  it('tel: keeps only digits and one leading +', () => {
    expect(telHref('+86 21 5555 0101')).to.equal('tel:+862155550101');
    expect(telHref('(021) 5555-0101 ext. 12')).to.equal('tel:02155550101');
    expect(telHref('021-5555 0101转8012')).to.equal('tel:02155550101');
    expect(telHref(' +1-202-555-0143 ')).to.equal('tel:+12025550143');
    // Hostile or useless values: no link at all, or digits only.
    expect(telHref('javascript:alert(1)')).to.equal(undefined);
    expect(telHref('<img src=x onerror=alert(1)>')).to.equal(undefined);
    expect(telHref('12')).to.equal(undefined);
    expect(telHref('')).to.equal(undefined);
    expect(telHref(undefined)).to.equal(undefined);
    expect(telHref('+86 138"><script>alert(1)</script>0013')).to.equal('tel:+86138');
    expect(telHref('1'.repeat(25))).to.equal(undefined);
    expect(telHref('++86 ?;, 138\n0013')).to.equal('tel:+861380013');
  });

  it('mailto: only for a plain local@domain.tld address', () => {
    expect(mailtoHref('chen.jianguo@example.com')).to.equal('mailto:chen.jianguo@example.com');
    expect(mailtoHref(' Li+crm@Mail.Example.CN ')).to.equal('mailto:Li+crm@mail.example.cn');
    for (const hostile of [
      'a@b.com?cc=boss@corp.com',
      'a@b.com&body=x',
      'a@b.com\nBcc: x@y.com',
      'a@b.com%0ABcc:x@y.com',
      'javascript:alert(1)//@b.com',
      '"a b"@example.com',
      '<a@b.com>',
      'a@@b.com',
      'a@b@c.com',
      'a..b@example.com',
      '.a@example.com',
      'a@-example.com',
      'a@example',
      'a@example.c',
      '@example.com',
      'a@',
      '张三@例子.中国',
      '',
    ]) {
      expect(mailtoHref(hostile), hostile).to.equal(undefined);
    }
    expect(mailtoHref(undefined)).to.equal(undefined);
  });

  it('initials: Chinese names by the given name, Latin names by first and last initials', () => {
    expect(initials('王磊')).to.equal('王磊');
    expect(initials('陈建国')).to.equal('建国');
    expect(initials('欧阳娜娜')).to.equal('娜娜');
    expect(initials('李')).to.equal('李');
    expect(initials('Ada Lovelace')).to.equal('AL');
    expect(initials('jean-luc picard')).to.equal('JP');
    expect(initials('Madonna')).to.equal('M');
    expect(initials('  ')).to.equal('?');
    expect(initials(undefined)).to.equal('?');
  });
});
