/** Adjectives of nationality, ethnicity and religious minority as they appear in case descriptions (stems, uninflected). */
export const NATIONALITY_ADJECTIVES = `
syrisch afghanisch irakisch iranisch türkisch türkischstämmig ukrainisch russisch russlanddeutsch eritreisch somalisch
äthiopisch nigerianisch guineisch gambisch ghanaisch kamerunisch kongolesisch sudanesisch südsudanesisch jemenitisch
libanesisch palästinensisch ägyptisch marokkanisch marokkanischstämmig algerisch tunesisch libysch albanisch kosovarisch
kosovo-albanisch serbisch bosnisch mazedonisch nordmazedonisch montenegrinisch kroatisch rumänisch bulgarisch polnisch
ungarisch slowakisch tschechisch georgisch armenisch aserbaidschanisch tschetschenisch kurdisch jesidisch pakistanisch
indisch bangladeschisch srilankisch vietnamesisch chinesisch mongolisch venezolanisch kolumbianisch brasilianisch
griechisch italienisch spanisch portugiesisch moldauisch belarussisch kasachisch tadschikisch usbekisch turkmenisch kirgisisch
senegalesisch malisch ivorisch togoisch beninisch angolanisch burundisch ruandisch kenianisch ugandisch tansanisch tschadisch
staatenlos
`.split(/\s+/).filter(Boolean);

/** Singular nouns of nationality; masculine forms in -er are also plural and count only after a singular article. */
export const NATIONALITY_NOUNS = `
Syrer Syrerin Afghane Afghanin Iraker Irakerin Iraner Iranerin Türke Türkin Ukrainer Ukrainerin Russe Russin Eritreer
Eritreerin Somalier Somalierin Äthiopier Äthiopierin Nigerianer Nigerianerin Guineer Guineerin Gambier Gambierin Ghanaer
Ghanaerin Kameruner Kamerunerin Kongolese Kongolesin Sudanese Sudanesin Jemenit Jemenitin Libanese Libanesin Palästinenser
Palästinenserin Ägypter Ägypterin Marokkaner Marokkanerin Algerier Algerierin Tunesier Tunesierin Libyer Libyerin Albaner
Albanerin Kosovare Kosovarin Serbe Serbin Bosnier Bosnierin Rumäne Rumänin Bulgare Bulgarin Pole Polin Georgier Georgierin
Armenier Armenierin Kurde Kurdin Jeside Jesidin Pakistaner Pakistanerin Inder Inderin Vietnamese Vietnamesin Chinese
Chinesin Tschetschene Tschetschenin
`.split(/\s+/).filter(Boolean);

export const COUNTRIES = `
Syrien Afghanistan Irak Iran Türkei Ukraine Russland Eritrea Somalia Äthiopien Nigeria Guinea Gambia Ghana Kamerun Kongo
Sudan Südsudan Jemen Libanon Palästina Ägypten Marokko Algerien Tunesien Libyen Albanien Kosovo Serbien Bosnien
Nordmazedonien Mazedonien Montenegro Kroatien Rumänien Bulgarien Polen Ungarn Georgien Armenien Aserbaidschan Tschetschenien
Pakistan Indien Bangladesch Vietnam China Venezuela Kolumbien Afrin Kurdistan Moldau Belarus Senegal Mali Togo Benin
`.split(/\s+/).filter(Boolean);
