import { exposeModel } from './model';

const field = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`);
// "Show password": the field becomes a text field but still holds the password.
field('reveal')?.addEventListener('click', () => {
  const input = field('revealed');
  if (input) input.type = 'text';
});
// A field that turns into a password field a moment after the writer starts typing (within the debounce).
field('becomes-password')?.addEventListener(
  'input',
  () =>
    setTimeout(() => {
      const input = field('becomes-password');
      if (input) input.type = 'password';
    }, 30),
  { once: true },
);
exposeModel(() => (document.activeElement as HTMLInputElement | null)?.value ?? '');
