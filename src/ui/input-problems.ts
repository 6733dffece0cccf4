import type { InputProblem } from "../core/settings-edit";
import { MAX_FOLDERS } from "../core/settings";
import { STRINGS } from "./strings";

const S = STRINGS.settings.input;

/** Says, in the person's terms, why a typed setting was refused. */
export function problemText(problem: InputProblem): string {
  switch (problem.kind) {
    case "empty":
      return S.empty;
    case "invalid-tag":
      return S.invalidTag(problem.value);
    case "same-tag":
      return S.sameTag(problem.value);
    case "invalid-folder":
      return S.invalidFolder(problem.line, problem.value);
    case "too-many-folders":
      return S.tooManyFolders(problem.count, MAX_FOLDERS);
  }
}
