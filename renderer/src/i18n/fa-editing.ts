// Autosave and undo/redo as the editors announce them, in Persian; part of `fa`.
export const faEditing = {
  saving: 'در حال ذخیره…',
  saved: 'همه تغییرات ذخیره شده است',
  saveFailed: 'برخی تغییرات ذخیره نشد؛ پیام کنار هر بخش را ببینید',
  undid: (what: string) => `واگرد: ${what}`,
  redid: (what: string) => `از نو: ${what}`,
  nothingToUndo: 'کاری برای واگرد نمانده است',
  nothingToRedo: 'کاری برای از نو انجام دادن نمانده است',
  undoFieldGone: (what: string) => `«${what}» روی صفحه نیست؛ واگرد آن انجام نشد`,
} as const;
