import { expect } from '@open-wc/testing';
import { autoMap, guessKind } from '../../../src/components/import/csv-columns.js';
import { decodeText, detectEncoding } from '../../../src/components/import/csv-decode.js';
import { RowConverter } from '../../../src/components/import/csv-records.js';
import { parseDate, parseMoney } from '../../../src/components/import/csv-values.js';
import { parseCsv, previewCsv } from '../../../src/components/import/import-run.js';

const bytesOf = async (name: string) => new Uint8Array(await (await fetch(`/test/fixtures/${name}`)).arrayBuffer());

describe('CSV import logic (headless)', () => {
  it('money: ¥1,234.50, 1234.5, 1.2万, 3亿 become exact minor units; bad input is named, never rounded', () => {
    const ok = (text: string, currency = 'CNY') => {
      const parsed = parseMoney(text, currency);
      if (!parsed.ok) throw new Error(`${text}: ${parsed.problem}`);
      return parsed.value;
    };
    expect(ok('¥1,234.50')).to.equal(123450);
    expect(ok('1234.5')).to.equal(123450);
    expect(ok('1.2万')).to.equal(1200000);
    expect(ok('3亿')).to.equal(30000000000);
    expect(ok('￥ 8,800,000.00 元')).to.equal(880000000);
    expect(ok('0.1')).to.equal(10);
    // 0.1 + 0.2 style float traps do not apply: digits are shifted as text.
    expect(ok('1.15万')).to.equal(1150000);
    expect(ok('1000', 'JPY')).to.equal(1000);
    expect(parseMoney('12.345', 'CNY')).to.deep.equal({ ok: false, problem: 'money-precision' });
    expect(parseMoney('1.5', 'JPY')).to.deep.equal({ ok: false, problem: 'money-precision' });
    expect(parseMoney('-5', 'CNY')).to.deep.equal({ ok: false, problem: 'money-negative' });
    expect(parseMoney('twelve', 'CNY')).to.deep.equal({ ok: false, problem: 'money-format' });
    expect(parseMoney('1,23,4', 'CNY')).to.deep.equal({ ok: false, problem: 'money-format' });
    expect(parseMoney('99999999999999999', 'CNY')).to.deep.equal({ ok: false, problem: 'money-too-large' });
  });

  it('dates: 2026-11-25, 2026/11/25, 2026年11月25日 and single digits; impossible dates are refused', () => {
    for (const text of ['2026-11-25', '2026/11/25', '2026年11月25日', '2026.11.25', '2026-11-25 10:00']) {
      expect(parseDate(text)).to.deep.equal({ ok: true, value: '2026-11-25' });
    }
    expect(parseDate('2027年1月5日')).to.deep.equal({ ok: true, value: '2027-01-05' });
    expect(parseDate('2026-02-30')).to.deep.equal({ ok: false, problem: 'date-invalid' });
    expect(parseDate('25/11/2026')).to.deep.equal({ ok: false, problem: 'date-format' });
  });

  it('detects UTF-8 with and without BOM, UTF-16 LE and GB18030 from real files, and decodes them', async () => {
    const gb = await bytesOf('customers-gb18030.csv');
    expect(detectEncoding(gb).encoding).to.equal('gb18030');
    expect((await decodeText(gb, 'gb18030')).startsWith('客户名称,简称,所属集团/上级单位')).to.equal(true);
    // Decoded in tiny slices: characters cut between slices still come out whole.
    expect(await decodeText(gb, 'gb18030', undefined, 3)).to.equal(await decodeText(gb, 'gb18030'));
    const bom = await bytesOf('customers-utf8-bom.csv');
    expect(detectEncoding(bom)).to.deep.equal({ encoding: 'utf-8', bom: 3 });
    expect((await decodeText(bom, 'utf-8')).startsWith('Customer ID,')).to.equal(true);
    expect(detectEncoding(await bytesOf('customers-3-bad-rows.csv'))).to.deep.equal({ encoding: 'utf-8', bom: 0 });
    const utf16 = await bytesOf('opportunities-utf16.csv');
    expect(detectEncoding(utf16)).to.deep.equal({ encoding: 'utf-16le', bom: 0 });
    const withBom = new Uint8Array([0xff, 0xfe, ...utf16]);
    expect(detectEncoding(withBom)).to.deep.equal({ encoding: 'utf-16le', bom: 2 });
    expect(await decodeText(withBom, 'utf-16le')).to.equal(await decodeText(utf16, 'utf-16le'));
    const text = await decodeText(utf16, 'utf-16le');
    expect(previewCsv(text).delimiter).to.equal('\t');
    expect(previewCsv(text).headers[0]).to.equal('商机名称');
  });

  it('maps English and Chinese headers per kind, and guesses the kind', () => {
    expect(
      autoMap(['客户名称', '简称', '所属集团/上级单位', '客户经理', '行业', '授信额度'], 'customers'),
    ).to.deep.equal(['name', 'alias', 'parent', 'owner', 'industry', 'creditLimit']);
    expect(autoMap(['Customer ID', 'Account Manager', 'credit_limit', 'Unknown'], 'customers')).to.deep.equal([
      'id',
      'owner',
      'creditLimit',
      null,
    ]);
    const contacts = ['客户名称', '联系人', '电话', '邮箱', '角色'];
    expect(guessKind(contacts)).to.equal('contacts');
    expect(autoMap(contacts, 'contacts')).to.deep.equal(['customer', 'name', 'phone', 'email', 'role']);
    const opportunities = ['商机名称', '客户名称', '阶段', '金额', '币种', '预计成交日期'];
    expect(guessKind(opportunities)).to.equal('opportunities');
    expect(autoMap(opportunities, 'opportunities')).to.deep.equal([
      'name',
      'customer',
      'stage',
      'amount',
      'currency',
      'expectedClose',
    ]);
    expect(guessKind(['客户名称', '客户经理', '授信额度'])).to.equal('customers');
  });

  it('parses quoted newlines and commas, resolves a parent named further down the file, reports row and column', async () => {
    const csv = await parseCsv(await decodeText(await bytesOf('customers-gb18030.csv'), 'gb18030'), { chunkSize: 64 });
    expect(csv.rows).to.have.length(4);
    expect(csv.rows[0]![9]).to.equal('重点维护\r\n每月拜访');
    expect(csv.rows[3]![9]).to.equal('含逗号,的备注');
    const converter = new RowConverter(csv.rows, {
      kind: 'customers',
      headers: csv.headers,
      mapping: autoMap(csv.headers, 'customers'),
      keyField: 'name',
      context: { customers: new Map(), stages: [] },
    });
    await converter.prepare();
    const jiangsu = converter.convert(0).record!;
    expect(jiangsu.parentId).to.equal(converter.ids[1]);
    expect(jiangsu).to.include({ creditLimit: 123450, annualRevenue: 1200000, relationship: 'proactive', tier: 'B1' });
    const contacts = new RowConverter([['无此客户', '张三', 'boss']], {
      kind: 'contacts',
      headers: ['客户名称', '联系人', '角色'],
      mapping: ['customer', 'name', 'role'],
      context: { customers: new Map([['c1', '华东能源集团']]), stages: [] },
    });
    await contacts.prepare();
    expect(contacts.convert(0).errors.map((e) => [e.row, e.column, e.problem])).to.deep.equal([
      [2, '客户名称', 'reference-missing'],
      [2, '角色', 'enum'],
    ]);
  });
});
