// Frozen copy of the matcher as it stood before issue 13 (commit 49071fa), kept as the bench's "previous scorer" baseline.
// Country calling codes of the Bali Process members (ISO3), used to put nationally written phone numbers in E.164 form.
export const callingCodeByIso3: Readonly<Record<string, string>> = {
  AFG: '93', AUS: '61', BGD: '880', BTN: '975', BRN: '673', KHM: '855', CHN: '86', PRK: '850',
  FJI: '679', FRA: '687', HKG: '852', IND: '91', IDN: '62', IRN: '98', IRQ: '964', JPN: '81',
  JOR: '962', KIR: '686', LAO: '856', MAC: '853', MYS: '60', MDV: '960', MNG: '976', MMR: '95',
  NRU: '674', NPL: '977', NZL: '64', PAK: '92', PLW: '680', PNG: '675', PHL: '63', KOR: '82',
  WSM: '685', SGP: '65', SLB: '677', LKA: '94', SYR: '963', THA: '66', TLS: '670', TON: '676',
  TUR: '90', ARE: '971', USA: '1', VUT: '678', VNM: '84',
};
// FRA maps to New Caledonia's +687: France takes part in the Bali Process for New Caledonia.
