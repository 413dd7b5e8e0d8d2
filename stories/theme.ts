/** The theme a story shows: the toolbar's when it is set, otherwise the story's own `theme` arg. */
export function themeOf(args: {theme: string}, context: {globals?: Record<string, unknown>}): string {
  const chosen = context.globals?.theme;
  return typeof chosen === 'string' && chosen !== 'story' ? chosen : args.theme;
}
