/** Something wrong in what the user typed: shown with the command's help hint, exit code 2. */
export class CliInputError extends Error {}
