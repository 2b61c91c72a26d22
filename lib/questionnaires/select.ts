import "server-only";

/*
 * The one questionnaire select: what its page shows (questions, options,
 * window) and, for the server's scoring only, the same with the answer keys.
 * The page's variant cannot carry the keys to the browser: it does not select them.
 */
const byPosition = { position: "asc" as const };

const questionSelect = {
  id: true,
  type: true,
  label: true,
  required: true,
  points: true,
  options: { orderBy: byPosition, select: { id: true, label: true } },
};

export const questionnaireSelect = {
  id: true,
  kind: true,
  title: true,
  opensAt: true,
  closesAt: true,
  questions: { orderBy: byPosition, select: questionSelect },
};

/** With each option's isCorrect: for scoring a submission on the server. */
export const questionnaireWithKeysSelect = {
  ...questionnaireSelect,
  questions: {
    orderBy: byPosition,
    select: {
      ...questionSelect,
      options: { orderBy: byPosition, select: { id: true, label: true, isCorrect: true } },
    },
  },
};
