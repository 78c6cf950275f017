import { exposeModel } from './model';

const dialog = document.querySelector<HTMLDialogElement>('#dialog');
const stage = document.querySelector<HTMLElement>('#stage');
const active = () => document.activeElement instanceof HTMLTextAreaElement ? document.activeElement : document.querySelector<HTMLTextAreaElement>('#editor');
document.querySelector('#open')?.addEventListener('click', () => dialog?.showModal());
document.querySelector('#fullscreen')?.addEventListener('click', () => void stage?.requestFullscreen());
exposeModel(() => active()?.value ?? '');
