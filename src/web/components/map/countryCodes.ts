// ISO 3166 numeric -> alpha-3 and display names for the states the portal maps (world-atlas keys features by numeric code).

export type Iso3 = string;

export interface CountryCode {
  numeric: string;
  iso3: Iso3;
  name: string;
}

// Every Bali Process member (names as in data/members.csv), then the states that routes and flows
// in the region commonly pass through or end in. Each numeric code was checked against the
// feature name in world-atlas countries-50m.
const countryCodes: CountryCode[] = [
  { numeric: '004', iso3: 'AFG', name: 'Afghanistan' },
  { numeric: '036', iso3: 'AUS', name: 'Australia' },
  { numeric: '050', iso3: 'BGD', name: 'Bangladesh' },
  { numeric: '064', iso3: 'BTN', name: 'Bhutan' },
  { numeric: '096', iso3: 'BRN', name: 'Brunei Darussalam' },
  { numeric: '116', iso3: 'KHM', name: 'Cambodia' },
  { numeric: '156', iso3: 'CHN', name: 'China' },
  { numeric: '408', iso3: 'PRK', name: "Democratic People's Republic of Korea" },
  { numeric: '242', iso3: 'FJI', name: 'Fiji' },
  { numeric: '250', iso3: 'FRA', name: 'France' },
  { numeric: '540', iso3: 'NCL', name: 'New Caledonia (France)' },
  { numeric: '344', iso3: 'HKG', name: 'Hong Kong, China' },
  { numeric: '356', iso3: 'IND', name: 'India' },
  { numeric: '360', iso3: 'IDN', name: 'Indonesia' },
  { numeric: '364', iso3: 'IRN', name: 'Iran (Islamic Republic of)' },
  { numeric: '368', iso3: 'IRQ', name: 'Iraq' },
  { numeric: '392', iso3: 'JPN', name: 'Japan' },
  { numeric: '400', iso3: 'JOR', name: 'Jordan' },
  { numeric: '296', iso3: 'KIR', name: 'Kiribati' },
  { numeric: '418', iso3: 'LAO', name: "Lao People's Democratic Republic" },
  { numeric: '446', iso3: 'MAC', name: 'Macau, China' },
  { numeric: '458', iso3: 'MYS', name: 'Malaysia' },
  { numeric: '462', iso3: 'MDV', name: 'Maldives' },
  { numeric: '496', iso3: 'MNG', name: 'Mongolia' },
  { numeric: '104', iso3: 'MMR', name: 'Myanmar' },
  { numeric: '520', iso3: 'NRU', name: 'Nauru' },
  { numeric: '524', iso3: 'NPL', name: 'Nepal' },
  { numeric: '554', iso3: 'NZL', name: 'New Zealand' },
  { numeric: '586', iso3: 'PAK', name: 'Pakistan' },
  { numeric: '585', iso3: 'PLW', name: 'Palau' },
  { numeric: '598', iso3: 'PNG', name: 'Papua New Guinea' },
  { numeric: '608', iso3: 'PHL', name: 'Philippines' },
  { numeric: '410', iso3: 'KOR', name: 'Republic of Korea' },
  { numeric: '882', iso3: 'WSM', name: 'Samoa' },
  { numeric: '702', iso3: 'SGP', name: 'Singapore' },
  { numeric: '090', iso3: 'SLB', name: 'Solomon Islands' },
  { numeric: '144', iso3: 'LKA', name: 'Sri Lanka' },
  { numeric: '760', iso3: 'SYR', name: 'Syrian Arab Republic' },
  { numeric: '764', iso3: 'THA', name: 'Thailand' },
  { numeric: '626', iso3: 'TLS', name: 'Timor-Leste' },
  { numeric: '776', iso3: 'TON', name: 'Tonga' },
  { numeric: '792', iso3: 'TUR', name: 'Türkiye' },
  { numeric: '784', iso3: 'ARE', name: 'United Arab Emirates' },
  { numeric: '840', iso3: 'USA', name: 'United States of America' },
  { numeric: '548', iso3: 'VUT', name: 'Vanuatu' },
  { numeric: '704', iso3: 'VNM', name: 'Viet Nam' },
  // Not members: transit and destination states on the region's routes.
  { numeric: '048', iso3: 'BHR', name: 'Bahrain' },
  { numeric: '124', iso3: 'CAN', name: 'Canada' },
  { numeric: '158', iso3: 'TWN', name: 'Taiwan Province of China' },
  { numeric: '196', iso3: 'CYP', name: 'Cyprus' },
  { numeric: '232', iso3: 'ERI', name: 'Eritrea' },
  { numeric: '231', iso3: 'ETH', name: 'Ethiopia' },
  { numeric: '262', iso3: 'DJI', name: 'Djibouti' },
  { numeric: '268', iso3: 'GEO', name: 'Georgia' },
  { numeric: '276', iso3: 'DEU', name: 'Germany' },
  { numeric: '300', iso3: 'GRC', name: 'Greece' },
  { numeric: '316', iso3: 'GUM', name: 'Guam (United States)' },
  { numeric: '376', iso3: 'ISR', name: 'Israel' },
  { numeric: '380', iso3: 'ITA', name: 'Italy' },
  { numeric: '398', iso3: 'KAZ', name: 'Kazakhstan' },
  { numeric: '404', iso3: 'KEN', name: 'Kenya' },
  { numeric: '414', iso3: 'KWT', name: 'Kuwait' },
  { numeric: '417', iso3: 'KGZ', name: 'Kyrgyzstan' },
  { numeric: '422', iso3: 'LBN', name: 'Lebanon' },
  { numeric: '434', iso3: 'LBY', name: 'Libya' },
  { numeric: '512', iso3: 'OMN', name: 'Oman' },
  { numeric: '583', iso3: 'FSM', name: 'Micronesia (Federated States of)' },
  { numeric: '584', iso3: 'MHL', name: 'Marshall Islands' },
  { numeric: '634', iso3: 'QAT', name: 'Qatar' },
  { numeric: '643', iso3: 'RUS', name: 'Russian Federation' },
  { numeric: '682', iso3: 'SAU', name: 'Saudi Arabia' },
  { numeric: '706', iso3: 'SOM', name: 'Somalia' },
  { numeric: '729', iso3: 'SDN', name: 'Sudan' },
  { numeric: '762', iso3: 'TJK', name: 'Tajikistan' },
  { numeric: '795', iso3: 'TKM', name: 'Turkmenistan' },
  { numeric: '818', iso3: 'EGY', name: 'Egypt' },
  { numeric: '826', iso3: 'GBR', name: 'United Kingdom' },
  { numeric: '860', iso3: 'UZB', name: 'Uzbekistan' },
  { numeric: '887', iso3: 'YEM', name: 'Yemen' },
];

export const iso3ByNumeric: ReadonlyMap<string, CountryCode> = new Map(countryCodes.map((c) => [c.numeric, c]));
export const countryByIso3: ReadonlyMap<Iso3, CountryCode> = new Map(countryCodes.map((c) => [c.iso3, c]));

// France is a member in respect of New Caledonia: a value given for FRA also colours New Caledonia.
export const valueOwner: Readonly<Record<Iso3, Iso3>> = { NCL: 'FRA' };
