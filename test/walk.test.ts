import { compareBytes } from '../src/layer/walk.js';

test('compareBytes orders like UTF-8 bytes, astral characters included', () => {
  const alphabet = ['a', 'b', '/', '-', '.', 'é', '日', '\uffff', '😀', '𝄞', 'Z', ' '];
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed / 0x7fffffff);
  const words = Array.from({ length: 400 }, () => Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(''));
  const byBytes = [...words].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
  expect([...words].sort(compareBytes)).toEqual(byBytes);
  // the case plain string comparison gets wrong: U+FFFF sorts before U+1F600 in UTF-8
  expect(compareBytes('\uffff', '😀')).toBeLessThan(0);
  expect('\uffff' < '😀').toBe(false);
});
