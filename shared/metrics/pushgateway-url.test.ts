import { describe, expect, it } from 'vitest';
import { isHttpUrl, maskUrlCredentials } from './pushgateway-url.js';

describe('maskUrlCredentials', () => {
  it('masks the password as given and decoded, not the user name', () => {
    const masked: string[] = [];
    maskUrlCredentials('https://ops:p%40ss@gw.example:9091/', (v) => masked.push(v));
    expect(masked).toEqual(['p%40ss', 'p@ss']);
  });

  it('masks nothing for a URL without credentials or a value that is not a URL', () => {
    const masked: string[] = [];
    maskUrlCredentials('http://127.0.0.1:9091', (v) => masked.push(v));
    maskUrlCredentials('not a url', (v) => masked.push(v));
    expect(masked).toEqual([]);
  });
});

describe('isHttpUrl', () => {
  it('accepts http and https URLs, with credentials, and nothing else', () => {
    expect(['http://gw:9091', 'https://u:p@gw.example/x'].map(isHttpUrl)).toEqual([true, true]);
    expect(['ftp://gw', 'gw:9091', ''].map(isHttpUrl)).toEqual([false, false, false]);
  });
});
