// The Jalali date picker and typed dates, in Persian; part of `fa`.
export const faCalendar = {
  datePlaceholder: 'سال/ماه/روز',
  pickDate: 'انتخاب از تقویم',
  previousMonth: 'ماه قبل',
  months: ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'],
  nextMonth: 'ماه بعد',
} as const;
