import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, readFlag, resolveDataDir } from '../../../electron/backend/data-dir';

describe('data directory', () => {
  it("uses each platform's usual place", () => {
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Circlekeeper');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ana')).toBe('/xdg/Circlekeeper');
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Circlekeeper');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe(
      join('C:\\Users\\ana\\AppData\\Roaming', 'Circlekeeper'),
    );
  });

  it('lets --data-dir win over the environment, and the environment over the default', () => {
    expect(resolveDataDir(['--data-dir', 'here'], { CIRCLEKEEPER_DATA_DIR: '/env' }, 'linux')).toBe(resolve('here'));
    expect(resolveDataDir(['--data-dir=/flag'], {}, 'linux')).toBe('/flag');
    expect(resolveDataDir([], { CIRCLEKEEPER_DATA_DIR: '/env' }, 'linux')).toBe('/env');
    expect(resolveDataDir([], { XDG_CONFIG_HOME: '/xdg' }, 'linux')).toBe('/xdg/Circlekeeper');
  });

  it('reads flags in both spellings', () => {
    expect(readFlag(['--port', '8080'], '--port')).toBe('8080');
    expect(readFlag(['--port=9'], '--port')).toBe('9');
    expect(readFlag(['--portable'], '--port')).toBeUndefined();
  });
});
