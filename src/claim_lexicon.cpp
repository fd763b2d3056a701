// The lexicons of the claim stage, as data. Number, ordinal and scale words are English
// grammar; unit symbols and names follow the SI brochure (BIPM, 9th ed.) and NIST SP 811 for
// US customary units; currency codes are ISO 4217.
#include "claim_lexicon.hpp"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <vector>

namespace claimex::detail {
namespace {

using NC = NumClass;
using UC = UnitClass;
using Q = Qualifier;

const Lexicon<NumberWord>::Row kNumberWords[] = {
    {"millions", {1e6, NC::scale}},   {"billions", {1e9, NC::scale}},
    {"trillions", {1e12, NC::scale}}, {"cr", {1e7, NC::scale}},
    {"lkh", {1e5, NC::scale}},        {"lkhs", {1e5, NC::scale}},
    {"lacs", {1e5, NC::scale}},       {"koti", {1e7, NC::scale}},
    {"krore", {1e7, NC::scale}},      {"krores", {1e7, NC::scale}},
    {"zero", {0, NC::unit}},          {"nought", {0, NC::unit}},
    {"naught", {0, NC::unit}},        {"nil", {0, NC::unit}},
    {"one", {1, NC::unit}},           {"two", {2, NC::unit}},
    {"three", {3, NC::unit}},         {"four", {4, NC::unit}},
    {"five", {5, NC::unit}},          {"six", {6, NC::unit}},
    {"seven", {7, NC::unit}},         {"eight", {8, NC::unit}},
    {"nine", {9, NC::unit}},          {"ten", {10, NC::teen}},
    {"eleven", {11, NC::teen}},       {"twelve", {12, NC::teen}},
    {"thirteen", {13, NC::teen}},     {"fourteen", {14, NC::teen}},
    {"fifteen", {15, NC::teen}},      {"sixteen", {16, NC::teen}},
    {"seventeen", {17, NC::teen}},    {"eighteen", {18, NC::teen}},
    {"nineteen", {19, NC::teen}},     {"twenty", {20, NC::tens}},
    {"thirty", {30, NC::tens}},       {"forty", {40, NC::tens}},
    {"fourty", {40, NC::tens}},       {"fifty", {50, NC::tens}},
    {"sixty", {60, NC::tens}},        {"seventy", {70, NC::tens}},
    {"eighty", {80, NC::tens}},       {"ninety", {90, NC::tens}},
    {"hundred", {100, NC::hundred}},  {"thousand", {1e3, NC::scale}},
    {"million", {1e6, NC::scale}},    {"billion", {1e9, NC::scale}},
    {"trillion", {1e12, NC::scale}},  {"lakh", {1e5, NC::scale}},
    {"lakhs", {1e5, NC::scale}},      {"lac", {1e5, NC::scale}},
    {"crore", {1e7, NC::scale}},      {"crores", {1e7, NC::scale}},
    {"dozen", {12, NC::dozen}},       {"dozens", {12, NC::dozen}},
    {"dz", {12, NC::dozen}},          {"dzs", {12, NC::dozen}},
    {"doz", {12, NC::dozen}},         {"dozs", {12, NC::dozen}},
    {"hundreds", {100, NC::hundred}}, {"thousands", {1e3, NC::scale}},
};

const Lexicon<OrdinalWord>::Row kOrdinalWords[] = {
    {"first", {1, NC::unit, false}},          {"second", {2, NC::unit, false}},
    {"third", {3, NC::unit, false}},          {"thirds", {3, NC::unit, true}},
    {"fourth", {4, NC::unit, false}},         {"fourths", {4, NC::unit, true}},
    {"quarter", {4, NC::unit, false}},        {"quarters", {4, NC::unit, true}},
    {"half", {2, NC::unit, false}},           {"halves", {2, NC::unit, true}},
    {"fifth", {5, NC::unit, false}},          {"fifths", {5, NC::unit, true}},
    {"sixth", {6, NC::unit, false}},          {"sixths", {6, NC::unit, true}},
    {"seventh", {7, NC::unit, false}},        {"sevenths", {7, NC::unit, true}},
    {"eighth", {8, NC::unit, false}},         {"eighths", {8, NC::unit, true}},
    {"ninth", {9, NC::unit, false}},          {"ninths", {9, NC::unit, true}},
    {"nineth", {9, NC::unit, false}},         {"tenth", {10, NC::teen, false}},
    {"tenths", {10, NC::teen, true}},         {"eleventh", {11, NC::teen, false}},
    {"elevenths", {11, NC::teen, true}},      {"twelfth", {12, NC::teen, false}},
    {"twelfths", {12, NC::teen, true}},       {"thirteenth", {13, NC::teen, false}},
    {"fourteenth", {14, NC::teen, false}},    {"fifteenth", {15, NC::teen, false}},
    {"sixteenth", {16, NC::teen, false}},     {"sixteenths", {16, NC::teen, true}},
    {"seventeenth", {17, NC::teen, false}},   {"eighteenth", {18, NC::teen, false}},
    {"nineteenth", {19, NC::teen, false}},    {"twentieth", {20, NC::tens, false}},
    {"twentieths", {20, NC::tens, true}},     {"thirtieth", {30, NC::tens, false}},
    {"thirtieths", {30, NC::tens, true}},     {"fortieth", {40, NC::tens, false}},
    {"fiftieth", {50, NC::tens, false}},      {"sixtieth", {60, NC::tens, false}},
    {"seventieth", {70, NC::tens, false}},    {"eightieth", {80, NC::tens, false}},
    {"ninetieth", {90, NC::tens, false}},     {"hundredth", {100, NC::hundred, false}},
    {"hundredths", {100, NC::hundred, true}}, {"thousandth", {1e3, NC::scale, false}},
    {"thousandths", {1e3, NC::scale, true}},  {"millionth", {1e6, NC::scale, false}},
    {"millionths", {1e6, NC::scale, true}},   {"billionth", {1e9, NC::scale, false}},
    {"billionths", {1e9, NC::scale, true}},   {"trillionth", {1e12, NC::scale, false}},
    {"trillionths", {1e12, NC::scale, true}}, {"firsts", {1, NC::unit, true}},
    {"seconds", {2, NC::unit, true}},
};

// Scale words written apart from the number (`2.5 billion`, `10 bln`), case-folded.
const Lexicon<double>::Row kScaleWords[] = {
    {"lkh", 1e5},      {"lkhs", 1e5},     {"lac", 1e5},     {"lacs", 1e5},    {"cr", 1e7},
    {"hundred", 1e2},  {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12},
    {"lakh", 1e5},     {"lakhs", 1e5},    {"crore", 1e7},   {"crores", 1e7},  {"mn", 1e6},
    {"mln", 1e6},      {"mil", 1e6},      {"mio", 1e6},     {"bn", 1e9},      {"bln", 1e9},
    {"bil", 1e9},      {"tn", 1e12},      {"trn", 1e12},    {"tln", 1e12},    {"thousands", 1e3},
    {"millions", 1e6}, {"billions", 1e9}, {"k", 1e3},
};

// Scale suffixes glued to digits (`10k`, `$3bn`, `1.2M`), case-sensitive: `m` alone is a
// metre unless money or a count is meant, which the extractor decides.
const Lexicon<double>::Row kScaleGlued[] = {
    {"k", 1e3},    {"K", 1e3},   {"M", 1e6}, {"MM", 1e6}, {"mm", 1e6},  {"mn", 1e6},
    {"mln", 1e6},  {"mil", 1e6}, {"b", 1e9}, {"B", 1e9},  {"bn", 1e9},  {"bln", 1e9},
    {"Bn", 1e9},   {"BN", 1e9},  {"G", 1e9}, {"T", 1e12}, {"tn", 1e12}, {"trn", 1e12},
    {"tln", 1e12}, {"Tn", 1e12}, {"m", 1e6}, {"Mn", 1e6}, {"bil", 1e9},
};

// Vague plurals: `hundreds` of people is somewhere between 100 and 1,000.
const Lexicon<double>::Row kVague[] = {
    {"dozens", 12},    {"hundreds", 100},   {"thousands", 1e3}, {"millions", 1e6},
    {"billions", 1e9}, {"trillions", 1e12}, {"tens", 10},
};

// Case-sensitive unit symbols (SI prefixes make `m`/`M`, `b`/`B` differ).
const Lexicon<UnitEntry>::Row kUnitsExact[] = {
    {"rad", {"rad", "angle", UC::measure}},
    {"m", {"m", "length", UC::measure}},
    {"km", {"km", "length", UC::measure}},
    {"cm", {"cm", "length", UC::measure}},
    {"mm", {"mm", "length", UC::measure}},
    {"nm", {"nm", "length", UC::measure}},
    {"Å", {"angstrom", "length", UC::measure}},
    {"\xE2\x84\xAB", {"angstrom", "length", UC::measure}},  // U+212B ANGSTROM SIGN
    {"dm", {"dm", "length", UC::measure}},
    {"µm", {"um", "length", UC::measure}},
    {"μm", {"um", "length", UC::measure}},
    {"um", {"um", "length", UC::measure}},
    {"ft", {"ft", "length", UC::measure}},
    {"in", {"in", "length", UC::measure}},
    {"mi", {"mi", "length", UC::measure}},
    {"yd", {"yd", "length", UC::measure}},
    {"g", {"g", "mass", UC::measure}},
    {"kg", {"kg", "mass", UC::measure}},
    {"mg", {"mg", "mass", UC::measure}},
    {"µg", {"ug", "mass", UC::measure}},
    {"μg", {"ug", "mass", UC::measure}},
    {"mcg", {"ug", "mass", UC::measure}},
    {"t", {"t", "mass", UC::measure}},
    {"lb", {"lb", "mass", UC::measure}},
    {"lbs", {"lb", "mass", UC::measure}},
    {"oz", {"oz", "mass", UC::measure}},
    {"l", {"l", "volume", UC::measure}},
    {"L", {"l", "volume", UC::measure}},
    {"ml", {"ml", "volume", UC::measure}},
    {"mL", {"ml", "volume", UC::measure}},
    {"cl", {"cl", "volume", UC::measure}},
    {"dl", {"dl", "volume", UC::measure}},
    {"gal", {"gal", "volume", UC::measure}},
    {"W", {"W", "power", UC::measure}},
    {"kW", {"kW", "power", UC::measure}},
    {"MW", {"MW", "power", UC::measure}},
    {"GW", {"GW", "power", UC::measure}},
    {"TW", {"TW", "power", UC::measure}},
    {"hp", {"hp", "power", UC::measure}},
    {"bhp", {"hp", "power", UC::measure}},
    {"PS", {"PS", "power", UC::measure}},
    {"Wh", {"Wh", "energy", UC::measure}},
    {"kWh", {"kWh", "energy", UC::measure}},
    {"MWh", {"MWh", "energy", UC::measure}},
    {"GWh", {"GWh", "energy", UC::measure}},
    {"TWh", {"TWh", "energy", UC::measure}},
    {"J", {"J", "energy", UC::measure}},
    {"kJ", {"kJ", "energy", UC::measure}},
    {"MJ", {"MJ", "energy", UC::measure}},
    {"cal", {"cal", "energy", UC::measure}},
    {"kcal", {"kcal", "energy", UC::measure}},
    {"V", {"V", "voltage", UC::measure}},
    {"kV", {"kV", "voltage", UC::measure}},
    {"mAh", {"mAh", "charge", UC::measure}},
    {"Hz", {"Hz", "frequency", UC::measure}},
    {"kHz", {"kHz", "frequency", UC::measure}},
    {"MHz", {"MHz", "frequency", UC::measure}},
    {"GHz", {"GHz", "frequency", UC::measure}},
    {"Nm", {"N m", "torque", UC::measure}},
    {"N", {"N", "force", UC::measure}},
    {"Pa", {"Pa", "pressure", UC::measure}},
    {"kPa", {"kPa", "pressure", UC::measure}},
    {"GPa", {"GPa", "pressure", UC::measure}},
    {"MPa", {"MPa", "pressure", UC::measure}},
    {"psi", {"psi", "pressure", UC::measure}},
    {"bar", {"bar", "pressure", UC::measure}},
    {"B", {"B", "data", UC::measure}},
    {"KB", {"kB", "data", UC::measure}},
    {"kB", {"kB", "data", UC::measure}},
    {"MB", {"MB", "data", UC::measure}},
    {"GB", {"GB", "data", UC::measure}},
    {"TB", {"TB", "data", UC::measure}},
    {"PB", {"PB", "data", UC::measure}},
    {"Kb", {"kbit", "data", UC::measure}},
    {"kb", {"kbit", "data", UC::measure}},
    {"Mb", {"Mbit", "data", UC::measure}},
    {"mb", {"Mbit", "data", UC::measure}},
    {"Gb", {"Gbit", "data", UC::measure}},
    {"gb", {"GB", "data", UC::measure}},
    {"kbps", {"kbit/s", "data rate", UC::measure}},
    {"Kbps", {"kbit/s", "data rate", UC::measure}},
    {"Mbps", {"Mbit/s", "data rate", UC::measure}},
    {"mbps", {"Mbit/s", "data rate", UC::measure}},
    {"Gbps", {"Gbit/s", "data rate", UC::measure}},
    {"gbps", {"Gbit/s", "data rate", UC::measure}},
    {"Mb/s", {"Mbit/s", "data rate", UC::measure}},
    {"MB/s", {"MB/s", "data rate", UC::measure}},
    {"dB", {"dB", "level", UC::measure}},
    {"ms", {"ms", "time", UC::duration}},
    {"ns", {"ns", "time", UC::duration}},
    {"h", {"h", "time", UC::duration}},
    {"hr", {"h", "time", UC::duration}},
    {"hrs", {"h", "time", UC::duration}},
    {"min", {"min", "time", UC::duration}},
    {"mins", {"min", "time", UC::duration}},
    {"sec", {"s", "time", UC::duration}},
    {"secs", {"s", "time", UC::duration}},
    {"yrs", {"year", "time", UC::duration}},
    {"yr", {"year", "time", UC::duration}},
    {"km2", {"km2", "area", UC::measure}},
    {"m2", {"m2", "area", UC::measure}},
    {"cm2", {"cm2", "area", UC::measure}},
    {"m3", {"m3", "volume", UC::measure}},
    {"km²", {"km2", "area", UC::measure}},
    {"m²", {"m2", "area", UC::measure}},
    {"m³", {"m3", "volume", UC::measure}},
    {"cm³", {"cm3", "volume", UC::measure}},
    {"cc", {"cm3", "volume", UC::measure}},
    {"ha", {"ha", "area", UC::measure}},
    {"mph", {"mph", "speed", UC::measure}},
    {"kph", {"km/h", "speed", UC::measure}},
    {"kmh", {"km/h", "speed", UC::measure}},
    {"km/h", {"km/h", "speed", UC::measure}},
    {"m/s", {"m/s", "speed", UC::measure}},
    {"km/ms", {"km/ms", "speed", UC::measure}},
    // rates written with a slash (SI and customary symbols)
    {"km/s", {"km/s", "speed", UC::measure}},
    {"cm/s", {"cm/s", "speed", UC::measure}},
    {"mm/s", {"mm/s", "speed", UC::measure}},
    {"ft/s", {"ft/s", "speed", UC::measure}},
    {"mi/s", {"mi/s", "speed", UC::measure}},
    {"km/hr", {"km/h", "speed", UC::measure}},
    {"m/min", {"m/min", "speed", UC::measure}},
    {"mm/yr", {"mm/yr", "speed", UC::measure}},
    {"mm/year", {"mm/yr", "speed", UC::measure}},
    {"cm/yr", {"cm/yr", "speed", UC::measure}},
    {"m/s2", {"m/s2", "acceleration", UC::measure}},
    {"m/s²", {"m/s2", "acceleration", UC::measure}},
    {"m3/s", {"m3/s", "flow", UC::measure}},
    {"m³/s", {"m3/s", "flow", UC::measure}},
    {"L/min", {"L/min", "flow", UC::measure}},
    {"kg/m3", {"kg/m3", "density", UC::measure}},
    {"kg/m³", {"kg/m3", "density", UC::measure}},
    {"g/cm3", {"g/cm3", "density", UC::measure}},
    {"g/cm³", {"g/cm3", "density", UC::measure}},
    {"mg/L", {"mg/L", "concentration", UC::measure}},
    {"mg/l", {"mg/L", "concentration", UC::measure}},
    {"g/L", {"g/L", "concentration", UC::measure}},
    {"µg/m3", {"ug/m3", "concentration", UC::measure}},
    {"µg/m³", {"ug/m3", "concentration", UC::measure}},
    {"μg/m3", {"ug/m3", "concentration", UC::measure}},
    {"μg/m³", {"ug/m3", "concentration", UC::measure}},
    {"ug/m3", {"ug/m3", "concentration", UC::measure}},
    {"t/ha", {"t/ha", "yield", UC::measure}},
    {"kg/ha", {"kg/ha", "yield", UC::measure}},
    {"W/m2", {"W/m2", "irradiance", UC::measure}},
    {"W/m²", {"W/m2", "irradiance", UC::measure}},
    {"mol", {"mol", "amount of substance", UC::measure}},
    {"mmol", {"mmol", "amount of substance", UC::measure}},
    // the solar mass, astronomy's unit of mass (IAU)
    {"M☉", {"Msun", "mass", UC::measure}},
    {"M⊙", {"Msun", "mass", UC::measure}},
    {"mpg", {"mpg", "fuel economy", UC::measure}},
    {"°C", {"degC", "temperature", UC::measure}},
    {"°F", {"degF", "temperature", UC::measure}},
    {"ºC", {"degC", "temperature", UC::measure}},
    {"ºF", {"degF", "temperature", UC::measure}},
    {"°", {"degree", "angle", UC::measure}},
    {"C", {"degC", "temperature", UC::measure}},
    {"F", {"degF", "temperature", UC::measure}},
    {"K", {"K", "temperature", UC::measure}},
    {"Mt", {"Mt", "mass", UC::measure}},
    {"kt", {"kt", "mass", UC::measure}},
    {"bpd", {"bbl/d", "flow", UC::measure}},
    {"bbl", {"bbl", "volume", UC::measure}},
    {"tcf", {"tcf", "volume", UC::measure}},
    {"bcm", {"bcm", "volume", UC::measure}},
    {"ppm", {"ppm", "ratio", UC::measure}},
    {"ppb", {"ppb", "ratio", UC::measure}},
    {"bp", {"bp", "ratio", UC::percentage_point}},
    {"bps", {"bp", "ratio", UC::percentage_point}},
    {"pc", {"percent", "ratio", UC::percent}},
    {"pct", {"percent", "ratio", UC::percent}},
    {"pm", {"pm", "time", UC::time_of_day}},
    {"am", {"am", "time", UC::time_of_day}},
    {"p.m.", {"pm", "time", UC::time_of_day}},
    {"a.m.", {"am", "time", UC::time_of_day}},
    {"PM", {"pm", "time", UC::time_of_day}},
    {"AM", {"am", "time", UC::time_of_day}},
    {"P.M.", {"pm", "time", UC::time_of_day}},
    {"A.M.", {"am", "time", UC::time_of_day}},
    {"o'clock", {"o'clock", "time", UC::time_of_day}},
    {"o\xE2\x80\x99"
     "clock",
     {"o'clock", "time", UC::time_of_day}},
    {"O'clock", {"o'clock", "time", UC::time_of_day}},
    {"GMT", {"GMT", "time", UC::time_of_day}},
    {"UTC", {"UTC", "time", UC::time_of_day}},
    {"EDT", {"EDT", "time", UC::time_of_day}},
    {"EST", {"EST", "time", UC::time_of_day}},
    {"BST", {"BST", "time", UC::time_of_day}},
    {"CET", {"CET", "time", UC::time_of_day}},
    {"PT", {"PT", "time", UC::time_of_day}},
    {"ET", {"ET", "time", UC::time_of_day}},
    // more zone abbreviations (the common ones of the IANA tz database's names)
    {"UT", {"UT", "time", UC::time_of_day}},
    {"CST", {"CST", "time", UC::time_of_day}},
    {"CDT", {"CDT", "time", UC::time_of_day}},
    {"PST", {"PST", "time", UC::time_of_day}},
    {"PDT", {"PDT", "time", UC::time_of_day}},
    {"MST", {"MST", "time", UC::time_of_day}},
    {"MDT", {"MDT", "time", UC::time_of_day}},
    {"CEST", {"CEST", "time", UC::time_of_day}},
    {"EET", {"EET", "time", UC::time_of_day}},
    {"JST", {"JST", "time", UC::time_of_day}},
    {"HKT", {"HKT", "time", UC::time_of_day}},
    {"AEST", {"AEST", "time", UC::time_of_day}},
    {"AEDT", {"AEDT", "time", UC::time_of_day}},
    {"p", {"GBX", "currency", UC::currency}},
    {"c", {"cent", "currency", UC::currency}},
    {"yo", {"year", "time", UC::age_suffix}},
    {"y.o.", {"year", "time", UC::age_suffix}},
    {"%", {"percent", "ratio", UC::percent}},
    {"‰", {"permille", "ratio", UC::percent}},
};

// Case-folded unit words and phrases.
const Lexicon<UnitEntry>::Row kUnits[] = {
    {"kmph", {"km/h", "speed", UC::measure}},
    {"microgramme", {"ug", "mass", UC::measure}},
    {"microgrammes", {"ug", "mass", UC::measure}},
    {"milligramme", {"mg", "mass", UC::measure}},
    {"milligrammes", {"mg", "mass", UC::measure}},
    {"kilogramme", {"kg", "mass", UC::measure}},
    {"kilogrammes", {"kg", "mass", UC::measure}},
    {"radian", {"rad", "angle", UC::measure}},
    {"turn", {"turn", "angle", UC::measure}},
    {"turns", {"turn", "angle", UC::measure}},
    {"radians", {"rad", "angle", UC::measure}},
    {"dutch guilders", {"NLG", "currency", UC::currency}},
    {"guilder", {"NLG", "currency", UC::currency}},
    // length
    {"metre", {"m", "length", UC::measure}},
    {"metres", {"m", "length", UC::measure}},
    {"meter", {"m", "length", UC::measure}},
    {"meters", {"m", "length", UC::measure}},
    {"kilometre", {"km", "length", UC::measure}},
    {"kilometres", {"km", "length", UC::measure}},
    {"kilometer", {"km", "length", UC::measure}},
    {"kilometers", {"km", "length", UC::measure}},
    {"kms", {"km", "length", UC::measure}},
    {"centimetre", {"cm", "length", UC::measure}},
    {"centimetres", {"cm", "length", UC::measure}},
    {"centimeter", {"cm", "length", UC::measure}},
    {"centimeters", {"cm", "length", UC::measure}},
    {"millimetre", {"mm", "length", UC::measure}},
    {"millimetres", {"mm", "length", UC::measure}},
    {"millimeter", {"mm", "length", UC::measure}},
    {"millimeters", {"mm", "length", UC::measure}},
    {"micrometre", {"um", "length", UC::measure}},
    {"micrometres", {"um", "length", UC::measure}},
    {"micrometer", {"um", "length", UC::measure}},
    {"micrometers", {"um", "length", UC::measure}},
    {"micron", {"um", "length", UC::measure}},
    {"microns", {"um", "length", UC::measure}},
    {"nanometre", {"nm", "length", UC::measure}},
    {"angstrom", {"angstrom", "length", UC::measure}},
    {"angstroms", {"angstrom", "length", UC::measure}},
    {"ångström", {"angstrom", "length", UC::measure}},
    {"ångströms", {"angstrom", "length", UC::measure}},
    {"nanometres", {"nm", "length", UC::measure}},
    {"nanometer", {"nm", "length", UC::measure}},
    {"nanometers", {"nm", "length", UC::measure}},
    {"picometre", {"pm", "length", UC::measure}},
    {"picometres", {"pm", "length", UC::measure}},
    {"picometer", {"pm", "length", UC::measure}},
    {"picometers", {"pm", "length", UC::measure}},
    {"decimetre", {"dm", "length", UC::measure}},
    {"decimeter", {"dm", "length", UC::measure}},
    {"decimetres", {"dm", "length", UC::measure}},
    {"decimeters", {"dm", "length", UC::measure}},
    {"mile", {"mi", "length", UC::measure}},
    {"miles", {"mi", "length", UC::measure}},
    {"yard", {"yd", "length", UC::measure}},
    {"yards", {"yd", "length", UC::measure}},
    {"foot", {"ft", "length", UC::measure}},
    {"feet", {"ft", "length", UC::measure}},
    {"inch", {"in", "length", UC::measure}},
    {"inches", {"in", "length", UC::measure}},
    {"nautical mile", {"nmi", "length", UC::measure}},
    {"nautical miles", {"nmi", "length", UC::measure}},
    {"light year", {"ly", "length", UC::measure}},
    {"light years", {"ly", "length", UC::measure}},
    {"light-year", {"ly", "length", UC::measure}},
    {"light-years", {"ly", "length", UC::measure}},
    {"astronomical unit", {"au", "length", UC::measure}},
    {"astronomical units", {"au", "length", UC::measure}},
    {"parsec", {"parsec", "length", UC::measure}},
    {"parsecs", {"parsec", "length", UC::measure}},
    // the size of an earthquake on the moment magnitude (or Richter) scale: `a 6.3 magnitude
    // quake`; before the number in sentence() (`magnitude 6.3`)
    {"magnitude", {"magnitude", "seismic magnitude", UC::measure}},
    {"mole", {"mol", "amount of substance", UC::measure}},
    {"moles", {"mol", "amount of substance", UC::measure}},
    {"ft", {"ft", "length", UC::measure}},
    {"km", {"km", "length", UC::measure}},
    {"cm", {"cm", "length", UC::measure}},
    {"mi", {"mi", "length", UC::measure}},
    // mass
    {"gram", {"g", "mass", UC::measure}},
    {"grams", {"g", "mass", UC::measure}},
    {"gramme", {"g", "mass", UC::measure}},
    {"grammes", {"g", "mass", UC::measure}},
    {"kilogram", {"kg", "mass", UC::measure}},
    {"kilograms", {"kg", "mass", UC::measure}},
    {"kilo", {"kg", "mass", UC::measure}},
    {"kilos", {"kg", "mass", UC::measure}},
    {"kg", {"kg", "mass", UC::measure}},
    {"kgs", {"kg", "mass", UC::measure}},
    {"milligram", {"mg", "mass", UC::measure}},
    {"milligrams", {"mg", "mass", UC::measure}},
    {"microgram", {"ug", "mass", UC::measure}},
    {"micrograms", {"ug", "mass", UC::measure}},
    {"tonne", {"t", "mass", UC::measure}},
    {"tonnes", {"t", "mass", UC::measure}},
    {"ton", {"t", "mass", UC::measure}},
    {"tons", {"t", "mass", UC::measure}},
    {"metric ton", {"t", "mass", UC::measure}},
    {"metric tons", {"t", "mass", UC::measure}},
    {"short ton", {"short ton", "mass", UC::measure}},
    {"short tons", {"short ton", "mass", UC::measure}},
    {"long ton", {"long ton", "mass", UC::measure}},
    {"long tons", {"long ton", "mass", UC::measure}},
    {"troy ounce", {"ozt", "mass", UC::measure}},
    {"troy ounces", {"ozt", "mass", UC::measure}},
    {"bushel", {"bu", "volume", UC::measure}},
    {"bushels", {"bu", "volume", UC::measure}},
    {"on the richter scale", {"magnitude", "seismic magnitude", UC::measure}},
    {"pound", {"lb", "mass", UC::measure}},
    {"pounds", {"lb", "mass", UC::measure}},
    {"lb", {"lb", "mass", UC::measure}},
    {"lbs", {"lb", "mass", UC::measure}},
    {"ounce", {"oz", "mass", UC::measure}},
    {"ounces", {"oz", "mass", UC::measure}},
    {"stone", {"st", "mass", UC::measure}},
    {"carat", {"ct", "mass", UC::measure}},
    {"carats", {"ct", "mass", UC::measure}},
    {"drachma", {"drachma", "mass", UC::measure}},
    // area
    {"square metre", {"m2", "area", UC::measure}},
    {"square metres", {"m2", "area", UC::measure}},
    {"square meter", {"m2", "area", UC::measure}},
    {"square meters", {"m2", "area", UC::measure}},
    {"sq m", {"m2", "area", UC::measure}},
    {"sqm", {"m2", "area", UC::measure}},
    {"sq ft", {"ft2", "area", UC::measure}},
    {"sq. ft.", {"ft2", "area", UC::measure}},
    {"sq. ft", {"ft2", "area", UC::measure}},
    {"sqft", {"ft2", "area", UC::measure}},
    {"square foot", {"ft2", "area", UC::measure}},
    {"square feet", {"ft2", "area", UC::measure}},
    {"square kilometre", {"km2", "area", UC::measure}},
    {"square kilometres", {"km2", "area", UC::measure}},
    {"square kilometer", {"km2", "area", UC::measure}},
    {"square kilometers", {"km2", "area", UC::measure}},
    {"sq km", {"km2", "area", UC::measure}},
    {"square mile", {"mi2", "area", UC::measure}},
    {"square miles", {"mi2", "area", UC::measure}},
    {"sq mi", {"mi2", "area", UC::measure}},
    {"square inch", {"in2", "area", UC::measure}},
    {"square inches", {"in2", "area", UC::measure}},
    {"acre", {"acre", "area", UC::measure}},
    {"acres", {"acre", "area", UC::measure}},
    {"hectare", {"ha", "area", UC::measure}},
    {"hectares", {"ha", "area", UC::measure}},
    // volume
    {"litre", {"l", "volume", UC::measure}},
    {"litres", {"l", "volume", UC::measure}},
    {"liter", {"l", "volume", UC::measure}},
    {"liters", {"l", "volume", UC::measure}},
    {"millilitre", {"ml", "volume", UC::measure}},
    {"millilitres", {"ml", "volume", UC::measure}},
    {"milliliter", {"ml", "volume", UC::measure}},
    {"milliliters", {"ml", "volume", UC::measure}},
    {"gallon", {"gal", "volume", UC::measure}},
    {"gallons", {"gal", "volume", UC::measure}},
    {"barrel", {"bbl", "volume", UC::measure}},
    {"barrels", {"bbl", "volume", UC::measure}},
    {"cubic metre", {"m3", "volume", UC::measure}},
    {"cubic metres", {"m3", "volume", UC::measure}},
    {"cubic meter", {"m3", "volume", UC::measure}},
    {"cubic meters", {"m3", "volume", UC::measure}},
    {"cubic foot", {"ft3", "volume", UC::measure}},
    {"cubic feet", {"ft3", "volume", UC::measure}},
    {"cubic inch", {"in3", "volume", UC::measure}},
    {"cubic inches", {"in3", "volume", UC::measure}},
    {"cubic centimetre", {"cm3", "volume", UC::measure}},
    {"cubic centimeters", {"cm3", "volume", UC::measure}},
    {"tablespoon", {"tbsp", "volume", UC::measure}},
    {"tablespoons", {"tbsp", "volume", UC::measure}},
    {"teaspoon", {"tsp", "volume", UC::measure}},
    {"teaspoons", {"tsp", "volume", UC::measure}},
    {"cup", {"cup", "volume", UC::measure}},
    {"cups", {"cup", "volume", UC::measure}},
    {"pint", {"pt", "volume", UC::measure}},
    {"pints", {"pt", "volume", UC::measure}},
    {"quart", {"qt", "volume", UC::measure}},
    {"quarts", {"qt", "volume", UC::measure}},
    {"fluid ounce", {"floz", "volume", UC::measure}},
    {"fluid ounces", {"floz", "volume", UC::measure}},
    // speed
    {"miles per hour", {"mph", "speed", UC::measure}},
    {"miles an hour", {"mph", "speed", UC::measure}},
    {"mile per hour", {"mph", "speed", UC::measure}},
    {"mph", {"mph", "speed", UC::measure}},
    {"solar mass", {"Msun", "mass", UC::measure}},
    {"solar masses", {"Msun", "mass", UC::measure}},
    {"kilometres per hour", {"km/h", "speed", UC::measure}},
    {"kilometers per hour", {"km/h", "speed", UC::measure}},
    {"kilometres an hour", {"km/h", "speed", UC::measure}},
    {"kilometers an hour", {"km/h", "speed", UC::measure}},
    {"km per hour", {"km/h", "speed", UC::measure}},
    {"km an hour", {"km/h", "speed", UC::measure}},
    {"km/h", {"km/h", "speed", UC::measure}},
    {"kph", {"km/h", "speed", UC::measure}},
    {"metres per second", {"m/s", "speed", UC::measure}},
    {"meters per second", {"m/s", "speed", UC::measure}},
    {"knot", {"kn", "speed", UC::measure}},
    {"knots", {"kn", "speed", UC::measure}},
    {"meters per millisecond", {"m/ms", "speed", UC::measure}},
    {"centimeters/millisecond", {"cm/ms", "speed", UC::measure}},
    // temperature
    {"degrees celsius", {"degC", "temperature", UC::measure}},
    {"degree celsius", {"degC", "temperature", UC::measure}},
    {"degrees centigrade", {"degC", "temperature", UC::measure}},
    {"degrees fahrenheit", {"degF", "temperature", UC::measure}},
    {"degree fahrenheit", {"degF", "temperature", UC::measure}},
    {"degrees farenheit", {"degF", "temperature", UC::measure}},
    {"degree farenheit", {"degF", "temperature", UC::measure}},
    {"degrees c", {"degC", "temperature", UC::measure}},
    {"degrees f", {"degF", "temperature", UC::measure}},
    {"degree c", {"degC", "temperature", UC::measure}},
    {"degree f", {"degF", "temperature", UC::measure}},
    {"deg c", {"degC", "temperature", UC::measure}},
    {"deg f", {"degF", "temperature", UC::measure}},
    {"deg celsius", {"degC", "temperature", UC::measure}},
    {"deg fahrenheit", {"degF", "temperature", UC::measure}},
    {"deg. c", {"degC", "temperature", UC::measure}},
    {"deg. f", {"degF", "temperature", UC::measure}},
    {"° c", {"degC", "temperature", UC::measure}},
    {"° celsius", {"degC", "temperature", UC::measure}},
    {"° centigrade", {"degC", "temperature", UC::measure}},
    {"° fahrenheit", {"degF", "temperature", UC::measure}},
    {"° f", {"degF", "temperature", UC::measure}},
    {"°c", {"degC", "temperature", UC::measure}},
    {"°f", {"degF", "temperature", UC::measure}},
    {"° celsius", {"degC", "temperature", UC::measure}},
    {"° fahrenheit", {"degF", "temperature", UC::measure}},
    {"°celsius", {"degC", "temperature", UC::measure}},
    {"°fahrenheit", {"degF", "temperature", UC::measure}},
    {"degrees kelvin", {"K", "temperature", UC::measure}},
    {"kelvin", {"K", "temperature", UC::measure}},
    {"celsius", {"degC", "temperature", UC::measure}},
    {"celcius", {"degC", "temperature", UC::measure}},
    {"centigrade", {"degC", "temperature", UC::measure}},
    {"centigrate", {"degC", "temperature", UC::measure}},  // a common misspelling
    {"fahrenheit", {"degF", "temperature", UC::measure}},
    {"farenheit", {"degF", "temperature", UC::measure}},
    {"degrees", {"degree", "angle", UC::measure}},
    {"degree", {"degree", "angle", UC::measure}},
    {"deg", {"degree", "angle", UC::measure}},
    {"deg.", {"degree", "angle", UC::measure}},
    // energy, power, data, other
    {"watt", {"W", "power", UC::measure}},
    {"watts", {"W", "power", UC::measure}},
    {"kilowatt", {"kW", "power", UC::measure}},
    {"kilowatts", {"kW", "power", UC::measure}},
    {"megawatt", {"MW", "power", UC::measure}},
    {"megawatts", {"MW", "power", UC::measure}},
    {"gigawatt", {"GW", "power", UC::measure}},
    {"gigawatts", {"GW", "power", UC::measure}},
    {"horsepower", {"hp", "power", UC::measure}},
    {"hp", {"hp", "power", UC::measure}},
    {"bhp", {"hp", "power", UC::measure}},
    {"horses", {"hp", "power", UC::measure}},
    {"kilowatt-hour", {"kWh", "energy", UC::measure}},
    {"kilowatt-hours", {"kWh", "energy", UC::measure}},
    {"kilowatt hours", {"kWh", "energy", UC::measure}},
    {"megawatt hours", {"MWh", "energy", UC::measure}},
    {"megawatt-hours", {"MWh", "energy", UC::measure}},
    {"gigawatt hours", {"GWh", "energy", UC::measure}},
    {"kwh", {"kWh", "energy", UC::measure}},
    {"joule", {"J", "energy", UC::measure}},
    {"joules", {"J", "energy", UC::measure}},
    {"calorie", {"cal", "energy", UC::measure}},
    {"calories", {"cal", "energy", UC::measure}},
    {"kilocalories", {"kcal", "energy", UC::measure}},
    {"btu", {"BTU", "energy", UC::measure}},
    {"volt", {"V", "voltage", UC::measure}},
    {"volts", {"V", "voltage", UC::measure}},
    {"decibel", {"dB", "level", UC::measure}},
    {"decibels", {"dB", "level", UC::measure}},
    {"pascal", {"Pa", "pressure", UC::measure}},
    {"gigapascals", {"GPa", "pressure", UC::measure}},
    {"newton metres", {"N m", "torque", UC::measure}},
    {"lb-ft", {"lbf ft", "torque", UC::measure}},
    {"pound-feet", {"lbf ft", "torque", UC::measure}},
    {"byte", {"B", "data", UC::measure}},
    {"bit", {"bit", "data", UC::measure}},
    {"bits", {"bit", "data", UC::measure}},
    {"bytes", {"B", "data", UC::measure}},
    {"kilobyte", {"kB", "data", UC::measure}},
    {"kilobytes", {"kB", "data", UC::measure}},
    {"megabyte", {"MB", "data", UC::measure}},
    {"megabytes", {"MB", "data", UC::measure}},
    {"gigabyte", {"GB", "data", UC::measure}},
    {"gigabytes", {"GB", "data", UC::measure}},
    {"terabyte", {"TB", "data", UC::measure}},
    {"terabytes", {"TB", "data", UC::measure}},
    {"megabit", {"Mbit", "data", UC::measure}},
    {"megabits", {"Mbit", "data", UC::measure}},
    {"gigabit", {"Gbit", "data", UC::measure}},
    {"gigabits", {"Gbit", "data", UC::measure}},
    {"megabits per second", {"Mbit/s", "data rate", UC::measure}},
    {"gigabits per second", {"Gbit/s", "data rate", UC::measure}},
    {"hertz", {"Hz", "frequency", UC::measure}},
    {"megahertz", {"MHz", "frequency", UC::measure}},
    {"gigahertz", {"GHz", "frequency", UC::measure}},
    {"parts per million", {"ppm", "ratio", UC::measure}},
    {"parts per billion", {"ppb", "ratio", UC::measure}},
    {"barrels a day", {"bbl/d", "flow", UC::measure}},
    {"barrels per day", {"bbl/d", "flow", UC::measure}},
    // duration
    {"second", {"second", "time", UC::duration}},
    {"seconds", {"second", "time", UC::duration}},
    {"minute", {"minute", "time", UC::duration}},
    {"minutes", {"minute", "time", UC::duration}},
    {"hour", {"hour", "time", UC::duration}},
    {"hours", {"hour", "time", UC::duration}},
    {"day", {"day", "time", UC::duration}},
    {"days", {"day", "time", UC::duration}},
    {"night", {"night", "time", UC::duration}},
    {"nights", {"night", "time", UC::duration}},
    {"week", {"week", "time", UC::duration}},
    {"weeks", {"week", "time", UC::duration}},
    {"fortnight", {"fortnight", "time", UC::duration}},
    {"fortnights", {"fortnight", "time", UC::duration}},
    {"month", {"month", "time", UC::duration}},
    {"months", {"month", "time", UC::duration}},
    {"year", {"year", "time", UC::duration}},
    {"years", {"year", "time", UC::duration}},
    {"decade", {"decade", "time", UC::duration}},
    {"decades", {"decade", "time", UC::duration}},
    {"century", {"century", "time", UC::duration}},
    {"centuries", {"century", "time", UC::duration}},
    {"millennium", {"millennium", "time", UC::duration}},
    {"millennia", {"millennium", "time", UC::duration}},
    {"milliseconds", {"ms", "time", UC::duration}},
    {"millisecond", {"ms", "time", UC::duration}},
    {"hrs", {"hour", "time", UC::duration}},
    {"mins", {"minute", "time", UC::duration}},
    {"yrs", {"year", "time", UC::duration}},
    // percent
    {"percent", {"percent", "ratio", UC::percent}},
    {"per cent", {"percent", "ratio", UC::percent}},
    {"percentage", {"percent", "ratio", UC::percent}},
    {"percents", {"percent", "ratio", UC::percent}},
    {"pct", {"percent", "ratio", UC::percent}},
    {"per-cent", {"percent", "ratio", UC::percent}},
    {"pc", {"percent", "ratio", UC::percent}},
    {"percentage point", {"percentage_point", "ratio", UC::percentage_point}},
    {"percentage points", {"percentage_point", "ratio", UC::percentage_point}},
    {"percentage-point", {"percentage_point", "ratio", UC::percentage_point}},
    {"percentage-points", {"percentage_point", "ratio", UC::percentage_point}},
    {"percent point", {"percentage_point", "ratio", UC::percentage_point}},
    {"percent points", {"percentage_point", "ratio", UC::percentage_point}},
    {"per cent point", {"percentage_point", "ratio", UC::percentage_point}},
    {"per cent points", {"percentage_point", "ratio", UC::percentage_point}},
    {"pct point", {"percentage_point", "ratio", UC::percentage_point}},
    {"pct points", {"percentage_point", "ratio", UC::percentage_point}},
    {"basis point", {"bp", "ratio", UC::percentage_point}},
    {"basis points", {"bp", "ratio", UC::percentage_point}},
    // ages
    {"year-old", {"year", "time", UC::age_suffix}},
    {"year-olds", {"year", "time", UC::age_suffix}},
    {"years old", {"year", "time", UC::age_suffix}},
    {"year old", {"year", "time", UC::age_suffix}},
    {"years-old", {"year", "time", UC::age_suffix}},
    {"years of age", {"year", "time", UC::age_suffix}},
    {"year of age", {"year", "time", UC::age_suffix}},
    {"yrs old", {"year", "time", UC::age_suffix}},
    {"month-old", {"month", "time", UC::age_suffix}},
    {"months old", {"month", "time", UC::age_suffix}},
    {"month old", {"month", "time", UC::age_suffix}},
    {"months of age", {"month", "time", UC::age_suffix}},
    {"week-old", {"week", "time", UC::age_suffix}},
    {"weeks old", {"week", "time", UC::age_suffix}},
    {"week old", {"week", "time", UC::age_suffix}},
    {"weeks of age", {"week", "time", UC::age_suffix}},
    {"day-old", {"day", "time", UC::age_suffix}},
    {"days old", {"day", "time", UC::age_suffix}},
    {"year-old's", {"year", "time", UC::age_suffix}},
    // currencies written after the number (ISO 4217 codes as the normalised unit)
    {"dollar", {"USD", "currency", UC::currency}},
    {"dollars", {"USD", "currency", UC::currency}},
    {"dlr", {"USD", "currency", UC::currency}},
    {"dlrs", {"USD", "currency", UC::currency}},
    {"us dollars", {"USD", "currency", UC::currency}},
    {"u.s. dollars", {"USD", "currency", UC::currency}},
    {"us dollar", {"USD", "currency", UC::currency}},
    {"american dollars", {"USD", "currency", UC::currency}},
    // the news-wire abbreviations (Reuters: `mln Australian dlrs`, `mln stg`)
    {"u.s. dlrs", {"USD", "currency", UC::currency}},
    {"u.s. dlr", {"USD", "currency", UC::currency}},
    {"us dlrs", {"USD", "currency", UC::currency}},
    {"canadian dlrs", {"CAD", "currency", UC::currency}},
    {"canadian dlr", {"CAD", "currency", UC::currency}},
    {"australian dlrs", {"AUD", "currency", UC::currency}},
    {"australian dlr", {"AUD", "currency", UC::currency}},
    {"hong kong dlrs", {"HKD", "currency", UC::currency}},
    {"hong kong dlr", {"HKD", "currency", UC::currency}},
    {"new zealand dlrs", {"NZD", "currency", UC::currency}},
    {"new zealand dlr", {"NZD", "currency", UC::currency}},
    {"new zealand dollar", {"NZD", "currency", UC::currency}},
    {"singapore dlrs", {"SGD", "currency", UC::currency}},
    {"singapore dlr", {"SGD", "currency", UC::currency}},
    {"singapore dollar", {"SGD", "currency", UC::currency}},
    {"taiwan dlrs", {"TWD", "currency", UC::currency}},
    {"n.z. dlrs", {"NZD", "currency", UC::currency}},
    {"n.z. dlr", {"NZD", "currency", UC::currency}},
    {"n.z. dollars", {"NZD", "currency", UC::currency}},
    {"nz dollars", {"NZD", "currency", UC::currency}},
    {"nz dlrs", {"NZD", "currency", UC::currency}},
    {"h.k. dlrs", {"HKD", "currency", UC::currency}},
    {"h.k. dlr", {"HKD", "currency", UC::currency}},
    {"h.k. dollars", {"HKD", "currency", UC::currency}},
    {"hk dollars", {"HKD", "currency", UC::currency}},
    {"hk dlrs", {"HKD", "currency", UC::currency}},
    {"stg", {"GBP", "currency", UC::currency}},
    {"canadian dollars", {"CAD", "currency", UC::currency}},
    {"canadian dollar", {"CAD", "currency", UC::currency}},
    {"australian dollars", {"AUD", "currency", UC::currency}},
    {"australian dollar", {"AUD", "currency", UC::currency}},
    {"hong kong dollars", {"HKD", "currency", UC::currency}},
    {"hong kong dollar", {"HKD", "currency", UC::currency}},
    {"new zealand dollars", {"NZD", "currency", UC::currency}},
    {"singapore dollars", {"SGD", "currency", UC::currency}},
    {"taiwan dollars", {"TWD", "currency", UC::currency}},
    {"new taiwan dollars", {"TWD", "currency", UC::currency}},
    {"euro", {"EUR", "currency", UC::currency}},
    {"euros", {"EUR", "currency", UC::currency}},
    {"cent", {"cent", "currency", UC::currency}},
    {"cents", {"cent", "currency", UC::currency}},
    {"cts", {"cent", "currency", UC::currency}},  // news-wire style: `Shr 34 cts vs 28 cts`
    {"ecu", {"XEU", "currency", UC::currency}},   // the European Currency Unit (1979-1998)
    {"ecus", {"XEU", "currency", UC::currency}},
    {"european currency units", {"XEU", "currency", UC::currency}},
    {"-cent", {"cent", "currency", UC::currency}},
    {"-ct", {"cent", "currency", UC::currency}},  // news-wire style: `a 30-ct dividend`
    {"penny", {"GBX", "currency", UC::currency}},
    {"pence", {"GBX", "currency", UC::currency}},
    {"pennies", {"GBX", "currency", UC::currency}},
    {"pounds sterling", {"GBP", "currency", UC::currency}},
    {"sterling", {"GBP", "currency", UC::currency}},
    {"british pounds", {"GBP", "currency", UC::currency}},
    {"quid", {"GBP", "currency", UC::currency}},
    {"yen", {"JPY", "currency", UC::currency}},
    {"japanese yen", {"JPY", "currency", UC::currency}},
    {"yuan", {"CNY", "currency", UC::currency}},
    {"chinese yuan", {"CNY", "currency", UC::currency}},
    {"renminbi", {"CNY", "currency", UC::currency}},
    {"rmb", {"CNY", "currency", UC::currency}},
    {"rupee", {"INR", "currency", UC::currency}},
    {"rupees", {"INR", "currency", UC::currency}},
    {"indian rupees", {"INR", "currency", UC::currency}},
    {"pakistani rupees", {"PKR", "currency", UC::currency}},
    {"rouble", {"RUB", "currency", UC::currency}},
    {"roubles", {"RUB", "currency", UC::currency}},
    {"ruble", {"RUB", "currency", UC::currency}},
    {"rubles", {"RUB", "currency", UC::currency}},
    {"lira", {"TRY", "currency", UC::currency}},
    {"liras", {"TRY", "currency", UC::currency}},
    {"turkish lira", {"TRY", "currency", UC::currency}},
    {"lire", {"ITL", "currency", UC::currency}},
    {"franc", {"CHF", "currency", UC::currency}},
    {"francs", {"CHF", "currency", UC::currency}},
    {"swiss francs", {"CHF", "currency", UC::currency}},
    {"swiss franc", {"CHF", "currency", UC::currency}},
    {"french francs", {"FRF", "currency", UC::currency}},
    {"belgian francs", {"BEF", "currency", UC::currency}},
    {"marks", {"DEM", "currency", UC::currency}},
    {"deutsche marks", {"DEM", "currency", UC::currency}},
    {"markka", {"FIM", "currency", UC::currency}},
    {"finnish markka", {"FIM", "currency", UC::currency}},
    {"markkaa", {"FIM", "currency", UC::currency}},
    {"guilders", {"NLG", "currency", UC::currency}},
    {"pesetas", {"ESP", "currency", UC::currency}},
    {"peseta", {"ESP", "currency", UC::currency}},
    {"escudos", {"PTE", "currency", UC::currency}},
    {"drachmas", {"GRD", "currency", UC::currency}},
    {"shekel", {"ILS", "currency", UC::currency}},
    {"shekels", {"ILS", "currency", UC::currency}},
    {"krona", {"SEK", "currency", UC::currency}},
    {"kronor", {"SEK", "currency", UC::currency}},
    {"swedish crowns", {"SEK", "currency", UC::currency}},
    {"swedish kronor", {"SEK", "currency", UC::currency}},
    {"krone", {"NOK", "currency", UC::currency}},
    {"kroner", {"NOK", "currency", UC::currency}},
    {"norwegian crowns", {"NOK", "currency", UC::currency}},
    {"danish crowns", {"DKK", "currency", UC::currency}},
    {"danish kroner", {"DKK", "currency", UC::currency}},
    {"crowns", {"SEK", "currency", UC::currency}},
    {"peso", {"MXN", "currency", UC::currency}},
    {"pesos", {"MXN", "currency", UC::currency}},
    {"mexican pesos", {"MXN", "currency", UC::currency}},
    {"argentine pesos", {"ARS", "currency", UC::currency}},
    {"philippine pesos", {"PHP", "currency", UC::currency}},
    {"real", {"BRL", "currency", UC::currency}},
    {"reais", {"BRL", "currency", UC::currency}},
    {"rand", {"ZAR", "currency", UC::currency}},
    {"won", {"KRW", "currency", UC::currency}},
    {"baht", {"THB", "currency", UC::currency}},
    {"ringgit", {"MYR", "currency", UC::currency}},
    {"rupiah", {"IDR", "currency", UC::currency}},
    {"dinar", {"DZD", "currency", UC::currency}},
    {"dinars", {"DZD", "currency", UC::currency}},
    {"dirham", {"AED", "currency", UC::currency}},
    {"dirhams", {"AED", "currency", UC::currency}},
    {"riyal", {"SAR", "currency", UC::currency}},
    {"riyals", {"SAR", "currency", UC::currency}},
    {"naira", {"NGN", "currency", UC::currency}},
    {"shilling", {"KES", "currency", UC::currency}},
    {"shillings", {"KES", "currency", UC::currency}},
    {"hryvnia", {"UAH", "currency", UC::currency}},
    {"hryvnias", {"UAH", "currency", UC::currency}},
    {"zloty", {"PLN", "currency", UC::currency}},
    {"zlotys", {"PLN", "currency", UC::currency}},
    {"forint", {"HUF", "currency", UC::currency}},
    {"forints", {"HUF", "currency", UC::currency}},
    {"manat", {"AZN", "currency", UC::currency}},
    {"bitcoin", {"BTC", "currency", UC::currency}},
    {"bitcoins", {"BTC", "currency", UC::currency}},
    {"btc", {"BTC", "currency", UC::currency}},
    {"satoshi", {"satoshi", "currency", UC::currency}},
    {"satoshis", {"satoshi", "currency", UC::currency}},
    {"元", {"CNY", "currency", UC::currency}},
    {"円", {"JPY", "currency", UC::currency}},
    {"usd", {"USD", "currency", UC::currency}},
    {"eur", {"EUR", "currency", UC::currency}},
    {"gbp", {"GBP", "currency", UC::currency}},
    {"jpy", {"JPY", "currency", UC::currency}},
    {"cny", {"CNY", "currency", UC::currency}},
    {"chf", {"CHF", "currency", UC::currency}},
    {"cad", {"CAD", "currency", UC::currency}},
    {"aud", {"AUD", "currency", UC::currency}},
    {"inr", {"INR", "currency", UC::currency}},
    {"rub", {"RUB", "currency", UC::currency}},
    {"sek", {"SEK", "currency", UC::currency}},
    {"nok", {"NOK", "currency", UC::currency}},
    {"dkk", {"DKK", "currency", UC::currency}},
    {"hkd", {"HKD", "currency", UC::currency}},
    {"try", {"TRY", "currency", UC::currency}},
    {"brl", {"BRL", "currency", UC::currency}},
    {"zar", {"ZAR", "currency", UC::currency}},
    {"krw", {"KRW", "currency", UC::currency}},
    {"sgd", {"SGD", "currency", UC::currency}},
    {"nzd", {"NZD", "currency", UC::currency}},
    {"mxn", {"MXN", "currency", UC::currency}},
    {"pln", {"PLN", "currency", UC::currency}},
    {"azn", {"AZN", "currency", UC::currency}},
    {"ils", {"ILS", "currency", UC::currency}},
};

// Currency signs and codes written before the number (`$5`, `US$ 5`, `EUR50m`, `Rs 500`).
const Lexicon<std::string_view>::Row kCurrencyBefore[] = {
    {"$", "USD"},    {"US$", "USD"},  {"US $", "USD"}, {"U.S.$", "USD"},  {"U.S. $", "USD"},
    {"USD", "USD"},  {"C$", "CAD"},   {"C $", "CAD"},  {"CA$", "CAD"},    {"CAD", "CAD"},
    {"A$", "AUD"},   {"A $", "AUD"},  {"AU$", "AUD"},  {"AUD", "AUD"},    {"NZ$", "NZD"},
    {"NZ $", "NZD"}, {"HK$", "HKD"},  {"HK $", "HKD"}, {"HKD", "HKD"},    {"S$", "SGD"},
    {"S $", "SGD"},  {"SGD", "SGD"},  {"NT$", "TWD"},  {"R$", "BRL"},     {"€", "EUR"},
    {"EUR", "EUR"},  {"£", "GBP"},    {"GBP", "GBP"},  {"¥", "JPY"},      {"JPY", "JPY"},
    {"Y=", "JPY"},   {"CNY", "CNY"},  {"RMB", "CNY"},  {"₹", "INR"},      {"Rs", "INR"},
    {"Rs.", "INR"},  {"INR", "INR"},  {"₽", "RUB"},  {"RUB", "RUB"},    {"₺", "TRY"},
    {"TL", "TRY"},   {"₩", "KRW"},    {"KRW", "KRW"},  {"₪", "ILS"},      {"NIS", "ILS"},
    {"CHF", "CHF"},  {"SFr", "CHF"},  {"Fr.", "CHF"},  {"SEK", "SEK"},    {"NOK", "NOK"},
    {"DKK", "DKK"},  {"kr", "SEK"},   {"RM", "MYR"},   {"MYR", "MYR"},    {"ZAR", "ZAR"},
    {"₦", "NGN"},    {"₱", "PHP"},    {"PHP", "PHP"},  {"₫", "VND"},      {"฿", "THB"},
    {"zł", "PLN"},   {"PLN", "PLN"},  {"₴", "UAH"},    {"₼", "AZN"},    {"AZN", "AZN"},
    {"BRL", "BRL"},  {"MXN", "MXN"},  {"TRY", "TRY"},  {"IDR", "IDR"},    {"Rp", "IDR"},
    {"¢", "cent"},   {"₿", "BTC"},  {"BTC", "BTC"},  {"us$", "USD"},    {"us $", "USD"},
    {"hk $", "HKD"}, {"hk$", "HKD"},  {"c $", "CAD"},  {"c$", "CAD"},     {"a $", "AUD"},
    {"a$", "AUD"},   {"nz $", "NZD"}, {"s $", "SGD"},  {"u.s. $", "USD"}, {"U.S.", "USD"},
};

// Currency codes with a scale prefix, before or after the number (`30 MUSD`, `MSEK 120`):
// M = million, T/k = thousand, as in Nordic and German financial reporting.
const Lexicon<ScaledCurrency>::Row kCurrencyScaled[] = {
    {"MUSD", {"USD", 1e6}}, {"MEUR", {"EUR", 1e6}}, {"MGBP", {"GBP", 1e6}}, {"MAUD", {"AUD", 1e6}},
    {"MCAD", {"CAD", 1e6}}, {"MCHF", {"CHF", 1e6}}, {"MSEK", {"SEK", 1e6}}, {"MNOK", {"NOK", 1e6}},
    {"MDKK", {"DKK", 1e6}}, {"MJPY", {"JPY", 1e6}}, {"MCNY", {"CNY", 1e6}}, {"MISK", {"ISK", 1e6}},
    {"TSEK", {"SEK", 1e3}}, {"TNOK", {"NOK", 1e3}}, {"TDKK", {"DKK", 1e3}}, {"TEUR", {"EUR", 1e3}},
    {"KSEK", {"SEK", 1e3}}, {"KEUR", {"EUR", 1e3}}, {"kSEK", {"SEK", 1e3}}, {"kEUR", {"EUR", 1e3}},
    {"kUSD", {"USD", 1e3}}, {"KUSD", {"USD", 1e3}},
};

const Lexicon<QualifierEntry>::Row kQualifiers[] = {
    {"about", {Q::approximate}},
    {"around", {Q::approximate}},
    {"roughly", {Q::approximate}},
    {"approximately", {Q::approximate}},
    {"approx.", {Q::approximate}},
    {"approx", {Q::approximate}},
    {"some", {Q::approximate}},
    {"an estimated", {Q::approximate}},
    {"estimated", {Q::approximate}},
    {"almost exactly", {Q::approximate}},
    {"circa", {Q::approximate}},
    {"ca.", {Q::approximate}},
    {"c.", {Q::approximate}},
    {"~", {Q::approximate}},
    {"≈", {Q::approximate}},
    {"nearly", {Q::upper_bound}},
    {"almost", {Q::upper_bound}},
    {"close to", {Q::approximate}},
    {"up to", {Q::upper_bound}},
    {"under", {Q::upper_bound}},
    {"just under", {Q::upper_bound}},
    {"fewer than", {Q::upper_bound}},
    {"less than", {Q::upper_bound}},
    {"below", {Q::upper_bound}},
    {"no more than", {Q::upper_bound}},
    {"not more than", {Q::upper_bound}},
    {"at most", {Q::upper_bound}},
    {"as much as", {Q::upper_bound}},
    {"as many as", {Q::upper_bound}},
    {"as high as", {Q::upper_bound}},
    {"up to about", {Q::upper_bound}},
    {"shy of", {Q::upper_bound}},
    {"just shy of", {Q::upper_bound}},
    {"short of", {Q::upper_bound}},
    {"<", {Q::upper_bound}},
    {"≤", {Q::upper_bound}},
    {"<=", {Q::upper_bound}},
    {"sub", {Q::upper_bound}},
    {"over", {Q::lower_bound}},
    {"more than", {Q::lower_bound}},
    {"at least", {Q::lower_bound}},
    {"above", {Q::lower_bound}},
    {"just over", {Q::lower_bound}},
    {"well over", {Q::lower_bound}},
    {"in excess of", {Q::lower_bound}},
    {"upwards of", {Q::lower_bound}},
    {"upward of", {Q::lower_bound}},
    {"no less than", {Q::lower_bound}},
    {"no fewer than", {Q::lower_bound}},
    {"not less than", {Q::lower_bound}},
    {"greater than", {Q::lower_bound}},
    {"larger than", {Q::lower_bound}},
    {"higher than", {Q::lower_bound}},
    {"exceeding", {Q::lower_bound}},
    {"as few as", {Q::lower_bound}},
    {"as little as", {Q::lower_bound}},
    {"as low as", {Q::lower_bound}},
    {">", {Q::lower_bound}},
    {"≥", {Q::lower_bound}},
    {">=", {Q::lower_bound}},
    {"well above", {Q::lower_bound}},
    {"well below", {Q::upper_bound}},
    {"just below", {Q::upper_bound}},
    {"just above", {Q::lower_bound}},
    {"little more than", {Q::lower_bound}},
    {"a little more than", {Q::lower_bound}},
    {"slightly more than", {Q::lower_bound}},
    {"slightly less than", {Q::upper_bound}},
    {"a little over", {Q::lower_bound}},
    {"a little under", {Q::upper_bound}},
    {"less or equal than", {Q::upper_bound}},
    {"lower or equal than", {Q::upper_bound}},
    {"smaller or equal than", {Q::upper_bound}},
    {"higher or equal than", {Q::lower_bound}},
    {"greater or equal than", {Q::lower_bound}},
    {"larger or equal than", {Q::lower_bound}},
    {"more or equal to", {Q::lower_bound}},
    {"less than or equal to", {Q::upper_bound}},
    {"more or equal than", {Q::lower_bound}},
    {"greater than or equal to", {Q::lower_bound}},
    {"bigger than", {Q::lower_bound}},
    {"smaller than", {Q::upper_bound}},
    {"lower than", {Q::upper_bound}},
    {"exactly", {Q::exact}},
    {"precisely", {Q::exact}},
    {"some estimated", {Q::approximate}},
    {"an average of", {Q::approximate}},
    {"on average", {Q::approximate}},
    {"an approximate", {Q::approximate}},
    {"a total of", {Q::exact}},
};

const Lexicon<QualifierEntry>::Row kQualifiersAfter[] = {
    {"or more", {Q::lower_bound}},   {"or so", {Q::approximate}},
    {"plus", {Q::lower_bound}},      {"+", {Q::lower_bound}},
    {"or less", {Q::upper_bound}},   {"or fewer", {Q::upper_bound}},
    {"-plus", {Q::lower_bound}},     {"odd", {Q::approximate}},
    {"-odd", {Q::approximate}},      {"-ish", {Q::approximate}},
    {"ish", {Q::approximate}},       {"or above", {Q::lower_bound}},
    {"or higher", {Q::lower_bound}}, {"or over", {Q::lower_bound}},
    {"and above", {Q::lower_bound}}, {"and up", {Q::lower_bound}},
    {"or under", {Q::upper_bound}},  {"at most", {Q::upper_bound}},
    {"at least", {Q::lower_bound}},  {"more or less", {Q::approximate}},
};

const Lexicon<ChangeEntry>::Row kChanges[] = {
    {"rose", {Direction::up}},
    {"rise", {Direction::up}},
    {"rises", {Direction::up}},
    {"risen", {Direction::up}},
    {"rising", {Direction::up}},
    {"increased", {Direction::up}},
    {"increase", {Direction::up}},
    {"increases", {Direction::up}},
    {"increasing", {Direction::up}},
    {"grew", {Direction::up}},
    {"grow", {Direction::up}},
    {"grows", {Direction::up}},
    {"grown", {Direction::up}},
    {"gained", {Direction::up}},
    {"gain", {Direction::up}},
    {"gains", {Direction::up}},
    {"jumped", {Direction::up}},
    {"jump", {Direction::up}},
    {"jumps", {Direction::up}},
    {"climbed", {Direction::up}},
    {"climb", {Direction::up}},
    {"climbs", {Direction::up}},
    {"surged", {Direction::up}},
    {"surge", {Direction::up}},
    {"surges", {Direction::up}},
    {"soared", {Direction::up}},
    {"soar", {Direction::up}},
    {"soars", {Direction::up}},
    {"advanced", {Direction::up}},
    {"advance", {Direction::up}},
    {"advances", {Direction::up}},
    {"added", {Direction::up}},
    {"adds", {Direction::up}},
    {"rallied", {Direction::up}},
    {"spiked", {Direction::up}},
    {"rebounded", {Direction::up}},
    {"doubled", {Direction::up}},
    {"tripled", {Direction::up}},
    {"raised", {Direction::up}},
    {"boosted", {Direction::up}},
    {"expanded", {Direction::up}},
    {"edged up", {Direction::up}},
    {"ticked up", {Direction::up}},
    {"inched up", {Direction::up}},
    {"up", {Direction::up}},
    {"higher", {Direction::up}},
    {"fell", {Direction::down}},
    {"fall", {Direction::down}},
    {"falls", {Direction::down}},
    {"fallen", {Direction::down}},
    {"falling", {Direction::down}},
    {"dropped", {Direction::down}},
    {"drop", {Direction::down}},
    {"drops", {Direction::down}},
    {"declined", {Direction::down}},
    {"decline", {Direction::down}},
    {"declines", {Direction::down}},
    {"decreased", {Direction::down}},
    {"decrease", {Direction::down}},
    {"decreases", {Direction::down}},
    {"slid", {Direction::down}},
    {"slide", {Direction::down}},
    {"slides", {Direction::down}},
    {"plunged", {Direction::down}},
    {"plunge", {Direction::down}},
    {"plunges", {Direction::down}},
    {"plummeted", {Direction::down}},
    {"tumbled", {Direction::down}},
    {"tumble", {Direction::down}},
    {"slumped", {Direction::down}},
    {"slipped", {Direction::down}},
    {"slip", {Direction::down}},
    {"sank", {Direction::down}},
    {"sink", {Direction::down}},
    {"shed", {Direction::down}},
    {"lost", {Direction::down}},
    {"lose", {Direction::down}},
    {"loses", {Direction::down}},
    {"eased", {Direction::down}},
    {"dipped", {Direction::down}},
    {"dip", {Direction::down}},
    {"shrank", {Direction::down}},
    {"shrunk", {Direction::down}},
    {"contracted", {Direction::down}},
    {"cut", {Direction::down}},
    {"cuts", {Direction::down}},
    {"reduced", {Direction::down}},
    {"lowered", {Direction::down}},
    {"slashed", {Direction::down}},
    {"crashed", {Direction::down}},
    {"retreated", {Direction::down}},
    {"weakened", {Direction::down}},
    {"halved", {Direction::down}},
    {"edged down", {Direction::down}},
    {"ticked down", {Direction::down}},
    {"down", {Direction::down}},
    {"lower", {Direction::down}},
    {"off", {Direction::down}},
    {"plummet", {Direction::down}},
};

const std::string_view kMonths[] = {
    "january",  "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "jan",   "jan.",  "feb",  "feb.", "mar.",   "apr",       "apr.",
    "jun",      "jun.",     "jul",   "jul.",  "aug",  "aug.", "sep",    "sep.",      "sept",
    "sept.",    "oct",      "oct.",  "nov",   "nov.", "dec",  "dec.",   "may"};

// Prepositions after which `10:30:00` is a time of day, not a time elapsed (`won in 2:01:39`).
const std::string_view kClockPreps[] = {"at",     "by",    "until", "till", "from",
                                        "before", "after", "since", "past", "between"};

// Discourse markers and sentence adverbs: words that open a spoken or reported sentence
// (`Actually, we are …`, `Yeah, I would say`) and name nothing a number counts (not words
// that are nouns or adjectives too: `well`, `overall`, `like`, `still`)
const std::string_view kDiscourse[] = {
    "actually", "yeah", "oh", "um", "uh", "so", "and", "but", "maybe", "perhaps", "basically",
    "really", "anyway", "however", "moreover", "meanwhile", "indeed", "okay", "honestly",
    "obviously", "certainly", "probably", "hopefully", "furthermore", "nevertheless", "therefore",
    "thus", "hence", "instead", "otherwise", "unfortunately", "fortunately", "interestingly",
    "importantly", "hmm", "wow",
    // sentence adverbs that open news sentences
    // (`Previously the company offered`, `Usually the
    // stars align`)
    "previously", "currently", "usually", "normally", "typically", "generally", "specifically",
    "essentially", "reportedly", "allegedly", "apparently", "clearly", "recently", "originally",
    "initially", "eventually", "ultimately", "finally", "additionally", "similarly", "separately",
    "notably", "historically", "traditionally", "officially", "presumably", "surprisingly",
    "consequently", "subsequently", "accordingly", "alternatively", "conversely", "sometimes"};

// Personal subject pronouns: a phrase opening with one and going on is a clause (`I knew`,
// `They vary in size`), no noun phrase.
const std::string_view kSubjectPronouns[] = {"i", "we", "you", "he", "she", "they", "it"};

// Subordinating conjunctions that open an adverbial clause before the main one (`Because
// we know that the planets …`, `If we assume …`): no part of a noun phrase.
const std::string_view kSubordinators[] = {"because", "if",      "although", "though", "once",
                                           "unless",  "whereas", "whether",  "while",  "since"};

const std::string_view kWeekdays[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon.", "tue.",
    "tues.",  "wed.",    "thu.",      "thur.",    "thurs.", "fri.",     "sat.",   "sun."};

const std::string_view kYearPreps[] = {
    "in",       "since",  "by",      "until",      "till",  "from",   "of",       "before",
    "after",    "during", "between", "through",    "to",    "and",    "or",       "early",
    "late",     "mid",    "mid-",    "circa",      "year",  "a.d.",   "ad",       "b.c.",
    "bc",       "spring", "summer",  "autumn",     "fall",  "winter", "fiscal",   "fy",
    "season",   "around", "the",     "throughout", "pre",   "post",   "pre-",     "post-",
    "election", "class",  "census",  "vintage",    "model", "budget", "calendar", "against",
    "than",     "for",    "at",      "on"};

// Words after which a number names something (`Article 5`, `Boeing 737`); capitalised words
// in general are handled by a rule in the extractor.
const std::string_view kNameBefore[] = {
    "article",  "articles",   "section",   "sections", "chapter",   "chapters",   "part",
    "row",      "rows",       "room",      "route",    "highway",   "interstate", "flight",
    "platform", "gate",       "page",      "pages",    "paragraph", "clause",     "rule",
    "no.",      "nos.",       "nr.",       "nrs.",     "number",    "version",    "v",
    "level",    "phase",      "stage",     "grade",    "class",     "type",       "category",
    "figure",   "fig.",       "figs.",     "table",    "exhibit",   "lot",        "unit",
    "building", "block",      "apartment", "suite",    "floor",     "channel",    "episode",
    "season",   "series",     "volume",    "vol.",     "issue",     "game",       "week",
    "round",    "match",      "heat",      "lane",     "pier",      "terminal",   "track",
    "bus",      "line",       "ward",      "district", "zone",      "sector",     "box",
    "exercise", "exercises",  "question",  "item",     "appendix",  "step",       "tier",
    "act",      "resolution", "amendment", "bill",     "law",       "code",       "boeing",
    "airbus",   "apollo",     "iphone",    "galaxy",   "windows",   "covid",      "model",
    "mark",     "mk",         "formula",   "world",    "top",       "group",      "agenda",
    "title",    "schedule",   "annex",     "phases",   "stages",    "columns",    "column",
    "listing",  "definition", "lemma",     "theorem",  "eq.",       "eqs.",       "equation",
    "p.",       "pp.",        "figures",   "tables",   "exit",      "appendices", "lines"};

// Labels whose number may have decimals and still be a label: `Section 4.1`, `Table 2.3`,
// `version 2.0` (not `level 4.5`, which may measure)
const std::string_view kNameBeforeDecimal[] = {
    "section", "sections", "chapter",  "chapters", "article", "articles", "paragraph",
    "figure",  "figures",  "fig.",     "figs.",    "table",   "tables",   "appendix",
    "version", "eq.",      "equation", "clause",   "exhibit", "listing"};

// Labels after which a small number word names a step or a part, not a quantity (`phase two`,
// `Stage three`, `round one`, `grade five`); words that are verbs as well (`issue one share`,
// `schedule two meetings`) are left out, and so are the grades of a scale that measures
// (`a category one hurricane`, `level four`).
const std::string_view kNameBeforeWords[] = {
    "phase",   "phases",   "stage", "stages",  "step",     "round",  "rounds",
    "tier",    "part",     "parts", "chapter", "chapters", "season", "seasons",
    "episode", "episodes", "grade", "game",    "week",     "volume", "day"};

// Eras after a year's number, whatever its digits (`664 b.c.e.`, `753 BC`, `250 CE`; `AD`, which
// is also a word, only in capitals: the extractor tells it apart).
const std::string_view kEras[] = {"bc", "b.c.", "bce", "b.c.e.", "ce", "c.e.", "a.d."};

// Participles that give a name rather than act on it, before a name and a number (`a firm
// called Acme`, `a man named Smith`), unlike a verb in `-ed` (`placed Humberto 785 miles`).
const std::string_view kNamingParticiples[] = {
    "called", "named", "dubbed", "titled", "entitled", "nicknamed", "renamed", "led", "based"};

// Races named by their distance in metres, after which `400m` is no million (`the 400m
// hurdles`, `the 100m heats`)
const std::string_view kMetreEvents[] = {"hurdles", "relays",      "heats",       "finals",
                                         "sprints", "semifinals",  "semi-finals", "medleys",
                                         "relay",   "steeplechase"};

// Words that make a compound with `half-` where half is no quantity (`flags at half-staff`,
// `his half-sister`, `a half-hearted bid`, `the isotope's half-life`)
const std::string_view kHalfCompounds[] = {
    "staff", "mast",   "sister", "sisters", "brother", "brothers", "hearted", "heartedly", "baked",
    "truth", "truths", "wit",    "wits",    "moon",    "time",     "back",    "backs",     "life",
    "lives", "breed",  "blood",  "nelson",  "volley",  "pipe",     "siblings"};

const std::string_view kPronounOne[] = {
    "the",      "this",      "that",     "which",   "each",   "every",  "any",   "no",
    "another",  "one",       "other",    "a",       "an",     "last",   "next",  "same",
    "only",     "current",   "little",   "big",     "new",    "old",    "right", "wrong",
    "first",    "second",    "previous", "better",  "best",   "good",   "bad",   "such",
    "what",     "whichever", "everyone", "someone", "anyone", "single", "very",  "favourite",
    "favorite", "my",        "your",     "his",     "her",    "its",    "our",   "their"};

// Words of the unit tables that, with no number, are mostly something else: a body part
// (`on foot`), a verb (`won`, `try`), an adjective (`real`), a count noun (`a cup
// of`, `tons of work`, `a bit`), a school or angle degree, a horse, a gun's barrel, or two units
// (`pound`: mass or sterling). A unit mention
// (`ClaimOptions::unit_mentions`) is never one of these; after a number they are units.
const std::string_view kUnitMentionStop[] = {
    "turn", "turns", "magnitude", "mole",    "moles", "stone", "cup",    "cups",  "foot", "feet",
    "yard", "yards", "degree",    "degrees", "deg",   "deg.",  "horses", "real",  "rand", "won",
    "try",  "mark",  "marks",     "crowns",  "knot",  "knots", "bit",    "bits",  "ton",  "tons",
    "cent", "penny", "pennies",   "quid",    "kilo",  "pound", "pounds", "barrel"};

const std::string_view kConceptStop[] = {
    "and",     "or",        "but",       "nor",      "of",         "in",          "on",
    "at",      "to",        "for",       "from",     "by",         "with",        "as",
    "than",    "that",      "which",     "who",      "whom",       "whose",       "where",
    "when",    "while",     "is",        "are",      "was",        "were",        "be",
    "been",    "being",     "am",        "has",      "have",       "had",         "having",
    "will",    "would",     "shall",     "should",   "can",        "could",       "may",
    "might",   "must",      "do",        "does",     "did",        "not",         "no",
    "it",      "its",       "they",      "their",    "them",       "he",          "his",
    "she",     "her",       "we",        "our",      "you",        "your",        "i",
    "my",      "me",        "us",        "this",     "these",      "those",       "there",
    "here",    "then",      "so",        "if",       "because",    "since",       "until",
    "after",   "before",    "about",     "over",     "under",      "into",        "onto",
    "upon",    "per",       "each",      "a",        "an",         "the",         "last",
    "next",    "ago",       "earlier",   "later",    "now",        "also",        "just",
    "only",    "more",      "less",      "up",       "down",       "against",     "between",
    "through", "during",    "within",    "without",  "across",     "said",        "says",
    "say",     "according", "including", "compared", "versus",     "vs",          "vs.",
    "a.m.",    "p.m.",      "year",      "years",    "yesterday",  "today",       "tomorrow",
    "all",     "both",      "either",    "neither",  "such",       "what",        "how",
    "why",     "whether",   "though",    "although", "around",     "toward",      "towards",
    "behind",  "beyond",    "despite",   "like",     "unlike",     "via",         "off",
    "out",     "away",      "back",      "again",    "still",      "yet",         "already",
    "even",    "ever",      "never",     "always",   "reportedly", "respectively"};

const std::string_view kDimensionAdjectives[] = {
    "long",  "wide",   "tall",  "thick",  "deep", "high",  "across", "diameter", "in",  "thin",
    "broad", "length", "width", "height", "away", "apart", "square", "cubic",    "slim"};

// Words that make a bare `degrees` or a glued `C`/`F` a temperature when near the number
// (`temperatures fell to 5C overnight`, `highs of 40C`, `a cold 10 degrees`).
const std::string_view kTemperatureCues[] = {
    "temperature", "temperatures", "thermostat", "thermometer", "warm",     "warmer",
    "warmest",     "warming",      "cold",       "colder",      "coldest",  "heat",
    "heatwave",    "heatwaves",    "hot",        "hotter",      "hottest",  "freezing",
    "frost",       "frosty",       "chill",      "chilly",      "celsius",  "fahrenheit",
    "centigrade",  "highs",        "lows",       "weather",     "forecast", "forecasters"};

// Plural count nouns without a final `s`: after a glued `m` they make it a million
// (`1.2m people`), where a singular noun keeps metres (`a 2m fence`).
const std::string_view kIrregularPlurals[] = {"people",    "children", "men",     "women",
                                              "cattle",    "sheep",    "poultry", "livestock",
                                              "personnel", "staff",    "police"};

// Time expressions a number refers to (Claim::when). A modifier before a period word
// (`last year`, `the third quarter`, `this week`), a period word after a count and before
// `ago`/`earlier` (`two years ago`, `a month earlier`), and words that name a time alone
// (`yesterday`, weekdays and months from the tables above).
const std::string_view kTimeModifiers[] = {
    "last",   "this",      "next",   "past",  "previous", "coming", "current", "same",
    "prior",  "following", "latest", "first", "second",   "third",  "fourth",  "final",
    "fiscal", "1st",       "2nd",    "3rd",   "4th",      "early",  "late",    "mid"};
const std::string_view kTimePeriods[] = {
    "year",    "years",  "month",   "months", "week",    "weeks",     "quarter", "quarters",
    "half",    "decade", "century", "day",    "days",    "weekend",   "season",  "spring",
    "summer",  "autumn", "fall",    "winter", "morning", "afternoon", "evening", "night",
    "session", "period", "term",    "hour",   "hours",   "minute",    "minutes"};
const std::string_view kTimeAfter[] = {"ago", "earlier", "later", "before", "after"};
// Reporting verbs whose object clause holds the number (`The company said sales rose 5%`):
// the clause's subject, not the speaker, is what the number measures.
const std::string_view kReportVerbs[] = {
    "said",      "says",      "say",       "told",     "added",  "noted",
    "stated",    "reported",  "announced", "showed",   "shows",  "found",
    "estimated", "estimates", "predicted", "predicts", "warned", "expects",
    "forecast",  "forecasts", "projects",  "wrote",    "writes"};
const std::string_view kTimeWords[] = {"yesterday", "today", "tomorrow", "tonight", "overnight"};

template <class V, std::size_t N>
Lexicon<V> make(const typename Lexicon<V>::Row (&rows)[N], bool fold) {
  return Lexicon<V>(rows, fold);
}

// Every prefix (or every suffix) of the keys of the tables.
template <class... Tables>
std::vector<WordSet::Row> affix_rows(bool prefixes, const Tables&... tables) {
  std::vector<WordSet::Row> rows;
  auto add = [&](std::string_view key) {
    for (std::size_t n = 1; n <= key.size(); ++n)
      rows.push_back({prefixes ? key.substr(0, n) : key.substr(key.size() - n), Unit{}});
  };
  (..., [&](const auto& table) {
    for (const auto& r : table) add(r.key);
  }(tables));
  return rows;
}

// A case-folded set of every prefix (or every suffix) of the keys of the tables.
template <class... Tables>
WordSet affix_set(bool prefixes, const Tables&... tables) {
  return WordSet(affix_rows(prefixes, tables...), true);
}

ClaimLexicon build() {
  ClaimLexicon lx;
  lx.numbers = make<NumberWord>(kNumberWords, true);
  lx.ordinals = make<OrdinalWord>(kOrdinalWords, true);
  lx.scale_words = make<double>(kScaleWords, true);
  lx.scale_glued = make<double>(kScaleGlued, false);
  lx.vague = make<double>(kVague, true);
  lx.units_exact = make<UnitEntry>(kUnitsExact, false);
  lx.units = make<UnitEntry>(kUnits, true);
  lx.currency_before = make<std::string_view>(kCurrencyBefore, false);
  lx.currency_scaled = make<ScaledCurrency>(kCurrencyScaled, false);
  lx.qualifiers = make<QualifierEntry>(kQualifiers, true);
  lx.qualifiers_after = make<QualifierEntry>(kQualifiersAfter, true);
  lx.changes = make<ChangeEntry>(kChanges, true);
  lx.months = make_word_set(kMonths, true);
  lx.weekdays = make_word_set(kWeekdays, true);
  lx.year_preps = make_word_set(kYearPreps, true);
  lx.name_before = make_word_set(kNameBefore, true);
  lx.name_before_decimal = make_word_set(kNameBeforeDecimal, true);
  lx.name_before_words = make_word_set(kNameBeforeWords, true);
  lx.eras = make_word_set(kEras, true);
  lx.naming_participles = make_word_set(kNamingParticiples, true);
  lx.metre_events = make_word_set(kMetreEvents, true);
  lx.half_compounds = make_word_set(kHalfCompounds, true);
  lx.pronoun_one = make_word_set(kPronounOne, true);
  lx.concept_stop = make_word_set(kConceptStop, true);
  lx.unit_mention_stop = make_word_set(kUnitMentionStop, true);
  lx.dimension_adjectives = make_word_set(kDimensionAdjectives, true);
  lx.temperature_cues = make_word_set(kTemperatureCues, true);
  lx.irregular_plurals = make_word_set(kIrregularPlurals, true);
  lx.time_modifiers = make_word_set(kTimeModifiers, true);
  lx.time_periods = make_word_set(kTimePeriods, true);
  lx.time_after = make_word_set(kTimeAfter, true);
  lx.time_words = make_word_set(kTimeWords, true);
  {
    // (a word in several sets has one row, its bits or-ed)
    std::vector<Lexicon<std::uint8_t>::Row> rows;
    auto add = [&rows](std::string_view w, std::uint8_t bit) {
      for (auto& r : rows)
        if (lexicon_equal(r.key, w, true)) {
          r.value = static_cast<std::uint8_t>(r.value | bit);
          return;
        }
      rows.push_back({w, bit});
    };
    for (std::string_view w : kTimeWords) add(w, tc_time_word);
    for (std::string_view w : kWeekdays) add(w, tc_weekday);
    for (std::string_view w : kMonths) add(w, tc_month);
    for (std::string_view w : kTimePeriods) add(w, tc_period);
    lx.time_classes = Lexicon<std::uint8_t>(rows, true);
  }
  {
    auto mark = [&lx](std::string_view w) {
      const std::size_t bit = starter_filter_index_at(w, 0);
      lx.time_filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
    };
    for (std::string_view w : kTimeWords) mark(w);
    for (std::string_view w : kTimePeriods) mark(w);
    for (std::string_view w : kWeekdays) mark(w);
    for (std::string_view w : kMonths) mark(w);
  }
  {
    std::vector<WordSet::Row> rows;
    for (const auto& r : kNumberWords) rows.push_back({r.key, Unit{}});
    for (const auto& r : kOrdinalWords) rows.push_back({r.key, Unit{}});
    for (const auto& r : kVague) rows.push_back({r.key, Unit{}});
    for (std::string_view w : {"a", "an", "half", "quarter", "minus", "negative"})
      rows.push_back({w, Unit{}});
    lx.starters = WordSet(rows, true);
    for (const auto& r : rows) {
      unsigned char f = ascii_lower(static_cast<unsigned char>(r.key[0]));
      if (f >= 'a' && f <= 'z' && r.key.size() < 32)
        lx.starter_shape[f - 'a'][starter_shape_index(r.key)] |= 1u << r.key.size();
      char padded[40] = {};
      const std::size_t n = std::min<std::size_t>(r.key.size(), 32);
      std::memcpy(padded, r.key.data(), n);
      const std::size_t bit = starter_filter_index(padded, r.key.size());
      lx.starter_filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
  }
  for (std::size_t q = 0; q < kStarterFilterBits / 64; ++q)
    lx.starter_time_filter[q] = lx.starter_filter[q] | lx.time_filter[q];
  // prefix and suffix filters (see the header); keys are views into the literals above
  lx.unit_prefixes = affix_set(true, kUnits, kUnitsExact);
  for (const auto& r : kUnits) {
    const std::string_view k = r.key;
    const unsigned char f = ascii_lower(static_cast<unsigned char>(k[0]));
    const std::size_t fi = f >= 'a' && f <= 'z' ? std::size_t(f - 'a') : 26;
    for (std::size_t n = 1; n <= k.size(); ++n)
      if (n == k.size() || k[n] == ' ' || k[n] == '.' || k[n] == '/' || k[n] == '-' ||
          (n > 0 && (k[n - 1] == '.' || k[n - 1] == '/' || k[n - 1] == '-')))
        lx.unit_shape[fi][starter_shape_index(k)] |= 1u << std::min<std::size_t>(n, 31);
  }
  lx.qualifier_suffixes = affix_set(false, kQualifiers);
  lx.qualifier_after_prefixes = affix_set(true, kQualifiersAfter);
  lx.currency_suffixes = affix_set(false, kCurrencyBefore);
  return lx;
}

}  // namespace

std::vector<std::pair<std::string_view, std::uint64_t>> word_flag_rows() {
  std::vector<std::pair<std::string_view, std::uint64_t>> rows;
  auto keys = [&rows](const auto& table, std::uint64_t bit) {
    for (const auto& r : table) rows.emplace_back(r.key, bit);
  };
  auto words = [&rows](const auto& list, std::uint64_t bit) {
    for (std::string_view w : list) rows.emplace_back(w, bit);
  };
  words(kReportVerbs, wf_report_verb);
  words(kMonths, wf_month);
  words(kWeekdays, wf_weekday);
  words(kYearPreps, wf_year_prep);
  words(kClockPreps, wf_clock_prep);
  words(kDiscourse, wf_discourse);
  words(kSubjectPronouns, wf_subject_pronoun);
  words(kSubordinators, wf_subordinator);
  words(kNameBefore, wf_name_before);
  words(kPronounOne, wf_pronoun_one);
  words(kConceptStop, wf_concept_stop);
  words(kDimensionAdjectives, wf_dimension_adjective);
  words(kTemperatureCues, wf_temperature_cue);
  words(kIrregularPlurals, wf_irregular_plural);
  keys(kVague, wf_vague);
  keys(kQualifiers, wf_qualifier);
  keys(kChanges, wf_change);
  keys(kUnits, wf_unit);
  keys(affix_rows(true, kUnits, kUnitsExact), wf_unit_prefix);
  keys(affix_rows(false, kQualifiers), wf_qualifier_suffix);
  keys(affix_rows(true, kQualifiersAfter), wf_qualifier_after_prefix);
  keys(affix_rows(false, kCurrencyBefore), wf_currency_suffix);
  keys(kScaleWords, wf_scale_word);
  keys(kUnitsExact, wf_units_exact_folded);
  keys(kCurrencyScaled, wf_currency_scaled_folded);
  keys(affix_rows(true, kQualifiers), wf_qualifier_prefix);
  keys(affix_rows(true, kChanges), wf_change_prefix);
  keys(affix_rows(true, kCurrencyBefore), wf_currency_prefix);
  return rows;
}

std::vector<std::string_view> change_rows() {
  std::vector<std::string_view> v;
  for (const auto& r : kChanges) v.push_back(r.key);
  return v;
}
std::vector<std::string_view> concept_stop_words() {
  return std::vector<std::string_view>(std::begin(kConceptStop), std::end(kConceptStop));
}
std::vector<std::string_view> month_words() {
  return std::vector<std::string_view>(std::begin(kMonths), std::end(kMonths));
}
std::vector<std::string_view> weekday_words() {
  return std::vector<std::string_view>(std::begin(kWeekdays), std::end(kWeekdays));
}

const ClaimLexicon& claim_lexicon() {
  static const ClaimLexicon lx = build();
  return lx;
}

}  // namespace claimex::detail
