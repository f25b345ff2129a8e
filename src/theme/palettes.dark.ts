/**
 * The dark palette: only the appearance code (`appearance.ts`, loaded when a page asks for the
 * dark or auto theme) uses it, so it stays out of the code every element ships up front.
 */
import type { Palette } from './palettes';

export const darkPalette: Palette = {
  primary: '#8b93f8', // 6.6:1 on the dark background
  onPrimary: '#0d0f1a',
  background: '#15171e',
  text: '#e7e9ee', // 14.7:1
  secondaryText: '#a2a9b6', // 7.6:1
  border: '#2f3340',
  danger: '#f87185', // 6.6:1
  onDanger: '#1a0a0d',
  success: '#4ade80',
  warning: '#fbbf24',
  info: '#60a5fa',
  mix: '#ffffff',
  shadow: '0 1px 2px rgb(0 0 0 / 40%), 0 12px 32px -8px rgb(0 0 0 / 60%)',
  colorScheme: 'dark',
};
