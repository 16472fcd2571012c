// Back: one card back, nothing read.
export { back } from '../cards/navigation';
