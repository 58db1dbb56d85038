/**
 * Names people type for a zone that neither Instantly's ids nor the IANA ids contain: common
 * abbreviations and countries, each pointing at IANA zones that `matchInstantlyTimezone` maps
 * to Instantly's list. Cities come from the IANA ids themselves (timezone-search.ts).
 * Abbreviations are ambiguous by nature (CST, IST): each lists every zone it commonly means.
 */
// prettier-ignore
export const ZONE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  ET: ['America/New_York'], EST: ['America/New_York'], EDT: ['America/New_York'],
  CT: ['America/Chicago'], CST: ['America/Chicago', 'Asia/Shanghai'], CDT: ['America/Chicago'],
  MT: ['America/Denver'], MST: ['America/Denver', 'America/Phoenix'], MDT: ['America/Denver'],
  PT: ['America/Los_Angeles'], PST: ['America/Los_Angeles'], PDT: ['America/Los_Angeles'],
  AKST: ['America/Anchorage'], AKDT: ['America/Anchorage'], HST: ['Pacific/Honolulu'],
  AST: ['America/Halifax'], ADT: ['America/Halifax'], NST: ['America/St_Johns'],
  NDT: ['America/St_Johns'], BRT: ['America/Sao_Paulo'], ART: ['America/Argentina/Buenos_Aires'],
  CLT: ['America/Santiago'], COT: ['America/Bogota'], PET: ['America/Lima'],
  GMT: ['UTC', 'Europe/London'], UTC: ['UTC'], UT: ['UTC'], Z: ['UTC'], BST: ['Europe/London'],
  WET: ['Europe/Lisbon'], WEST: ['Europe/Lisbon'], IST: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
  CET: ['Europe/Berlin'], CEST: ['Europe/Berlin'], MET: ['Europe/Berlin'], EET: ['Europe/Athens'],
  EEST: ['Europe/Athens'], MSK: ['Europe/Moscow'], TRT: ['Europe/Istanbul'], GST: ['Asia/Dubai'],
  IRST: ['Asia/Tehran'], AFT: ['Asia/Kabul'], PKT: ['Asia/Karachi'], NPT: ['Asia/Kathmandu'],
  BDT: ['Asia/Dhaka'], ICT: ['Asia/Bangkok'], WIB: ['Asia/Jakarta'], SGT: ['Asia/Singapore'],
  HKT: ['Asia/Hong_Kong'], PHT: ['Asia/Manila'], JST: ['Asia/Tokyo'], KST: ['Asia/Seoul'],
  AWST: ['Australia/Perth'], ACST: ['Australia/Adelaide'], ACDT: ['Australia/Adelaide'],
  AEST: ['Australia/Sydney'], AEDT: ['Australia/Sydney'], AET: ['Australia/Sydney'],
  NZST: ['Pacific/Auckland'], NZDT: ['Pacific/Auckland'], SAST: ['Africa/Johannesburg'],
  CAT: ['Africa/Maputo'], EAT: ['Africa/Nairobi'], WAT: ['Africa/Lagos'],
};

/** The North American names, which Intl gives only to zones Instantly mostly does not list. */
export const ZONE_NAMES: Readonly<Record<string, readonly string[]>> = {
  eastern: ['America/New_York'],
  central: ['America/Chicago'],
  mountain: ['America/Denver'],
  pacific: ['America/Los_Angeles'],
  alaska: ['America/Anchorage'],
  hawaii: ['Pacific/Honolulu'],
  atlantic: ['America/Halifax'],
};

/**
 * Country (and big cities the IANA ids do not name) → its main IANA zones, one line each.
 */
const COUNTRY_LINES = `United States,USA,US,America:America/New_York America/Chicago America/Denver America/Phoenix America/Los_Angeles America/Anchorage Pacific/Honolulu
Canada:America/St_Johns America/Halifax America/Toronto America/Winnipeg America/Regina America/Edmonton America/Vancouver
Mexico:America/Mexico_City America/Chihuahua America/Tijuana
United Kingdom,UK,Britain,England,Scotland,Wales:Europe/London
Ireland:Europe/Dublin
Portugal:Europe/Lisbon
Spain:Europe/Madrid Atlantic/Canary
France:Europe/Paris
Germany:Europe/Berlin
Italy:Europe/Rome
Netherlands,Holland:Europe/Amsterdam
Belgium:Europe/Brussels
Switzerland:Europe/Zurich
Austria:Europe/Vienna
Poland:Europe/Warsaw
Czechia,Czech Republic:Europe/Prague
Sweden:Europe/Stockholm
Norway:Europe/Oslo
Denmark:Europe/Copenhagen
Finland:Europe/Helsinki
Greece:Europe/Athens
Romania:Europe/Bucharest
Ukraine:Europe/Kyiv
Russia:Europe/Kaliningrad Europe/Moscow Asia/Yekaterinburg Asia/Novosibirsk Asia/Krasnoyarsk Asia/Irkutsk Asia/Vladivostok
Turkey,Türkiye:Europe/Istanbul
Israel:Asia/Jerusalem
United Arab Emirates,UAE:Asia/Dubai
Saudi Arabia:Asia/Riyadh
Egypt:Africa/Cairo
South Africa:Africa/Johannesburg
Nigeria:Africa/Lagos
Kenya:Africa/Nairobi
Morocco:Africa/Casablanca
India:Asia/Kolkata
Pakistan:Asia/Karachi
Bangladesh:Asia/Dhaka
China:Asia/Shanghai
Japan:Asia/Tokyo
South Korea,Korea:Asia/Seoul
Singapore:Asia/Singapore
Indonesia:Asia/Jakarta
Philippines:Asia/Manila
Vietnam:Asia/Ho_Chi_Minh
Thailand:Asia/Bangkok
Australia:Australia/Perth Australia/Adelaide Australia/Darwin Australia/Brisbane Australia/Sydney
New Zealand:Pacific/Auckland
Brazil:America/Sao_Paulo America/Manaus
Argentina:America/Argentina/Buenos_Aires
Chile:America/Santiago
Colombia:America/Bogota
Peru:America/Lima
Boston,Washington,Miami,Atlanta,Philadelphia:America/New_York
Dallas,Houston,Austin,Minneapolis:America/Chicago
San Francisco,Seattle,San Diego,Las Vegas,Portland:America/Los_Angeles
Mumbai,Delhi,New Delhi,Bangalore,Bengaluru,Chennai:Asia/Kolkata
Beijing,Shenzhen,Guangzhou:Asia/Shanghai
Munich,Frankfurt,Hamburg:Europe/Berlin
Milan:Europe/Rome
Barcelona:Europe/Madrid
Manchester,Edinburgh:Europe/London`;

export const COUNTRY_ZONES: ReadonlyArray<{ names: readonly string[]; zones: readonly string[] }> =
  COUNTRY_LINES.split('\n').map((line) => {
    const [names = '', zones = ''] = line.split(':');
    return { names: names.split(','), zones: zones.split(' ') };
  });
