/**
 * Given names common among people KIM works with (Arabic, Farsi/Dari, Turkish, Kurdish, Tigrinya, Somali, West
 * African, Ukrainian/Russian, Balkan, Romanian, Polish, Vietnamese) and in Germany. Names that are also ordinary
 * German words or abbreviations are left out on purpose (Kim, Nur, Max, Mark, Will, Rose, Engel, Ernst, Roman,
 * Milan, Aster, Eden, Said, Jan, August, Otto, Islam, Roma): a name list is only useful if it is precise.
 */
const NAMES = `
Abdi Abdikadir Abdirahman Abdul Abdullah Abdulrahman Abebe Adam Adnan Ahmad Ahmed Ahmet Aisha Ajla Alaa Alexander Alexandra
Ali Alina Almaz Amadou Amal Amani Amina Aminata Amir Amira Ana Anahit Anastasia Anastasiia Andrea Andreas Andrei Andrej Andrii
Andrij Andriy Anja Anna Anne Aram Arben Armen Arta Artem Asma Ayla Aylin Aynur Ayse Ayşe Aziz Bahar Baran Bashir Berhane
Berivan Besnik Bilal Birgit Blerim Bohdan Burak Büşra Bärbel Cem Christian Christina Claudia Dalia Dana Daniel Daria Dariia
Dawit David Dennis Denys Derya Deniz Devrim Dieter Dilan Dimitar Dirk Dmitri Dmytro Dragan Drita Ebrima Ece Edin Elena Elias
Elif Elke Emeka Emin Emine Emir Emma Emre Erkan Ercan Esra Eva Fadumo Farhad Farid Faris Farzana Fatih Fatima Fatma Fatmir
Fatoumata Felix Fereshta Filmon Firas Florian Florin Frank Freshta Friedrich Gabriele Georg Georgi Gerhard Gheorghe Giorgi
Girma Gizem Gohar Goran Gül Gülay Gülsen Habtom Haile Halil Halima Hala Halyna Hamid Hana Hanna Hannah Hasan Hassan Hatice
Hawa Heike Heinrich Heinz Helen Helmut Hermann Hiba Hoda Hodan Hossein Huda Huong Hussain Hussein Hüseyin Ibrahim Ibrahima
Ifrah Igor Ihor Ilse Iman Ioana Ionut Irina Iryna Ismail Ivan Ivana Ivanka Iwan Jamal Jasmin Javad Jawad Jawid Jelena Jennifer
Jens Jessica Johann Johannes Jonas Josef Joanna Julia Juri Jörg Jürgen Karim Karin Karl Katarzyna Kateryna Katerina
Katharina Kemal Kerstin Khadija Khalid Kidane Klaus Kofi Krzysztof Kwame Lamin Lan Lara Laura Layla Lea Lena Leon Leonie
Levan Leyla Lina Linh Lisa Liudmyla Ljudmila Lukas Luka Luwam Madina Magdalena Mahmood Mahmoud Mahmud Maksym Malak Mamadou
Manfred Maria Mariam Mariama Mariana Marie Marija Mariia Marko Markus Martin Maryam Małgorzata Mehdi Mehmet Mehari Mekdes Melanie
Merve Mia Michael Mihai Milica Mina Minh Mirsad Modou Mohamad Mohamed Mohammad Mohammed Mohamud Monika Morteza Moussa Muhammad
Mulu Murat Mursal Mustafa Mykhailo Mykola Nabil Nadia Nadja Nadine Najib Nasir Nasser Natalia Natalija Nataliia Navid Naweed
Nazanin Nesrin Ngozi Nicole Nikola Nikolai Niklas Nina Nino Noah Noor Nour Oksana Oleksandr Oleksii Olena Olga Omar Orhan
Osman Oumar Ousmane Özlem Parisa Parwin Patrick Paul Pavlo Peter Petra Petro Petya Philipp Piotr Polina Qasim Rahel Rahim
Ramazan Ramzan Rami Rana Rania Rasul Rashid Recep Reem Renate Reza Rim Robel Rojda Roya Ruslan Saba Sabine Sakina Salma Sami
Samir Samira Samuel Sandra Sara Sarah Sascha Sayed Sebastian Sediqa Sekou Selam Selin Semere Senad Senait Serhat Serhii Sergei
Sergej Shabnam Shirin Shukria Sibel Silke Sima Simon Sofiia Soheila Songül Soraya Stefan Stefanie Susanne Svitlana Swetlana
Tamar Tanja Tarek Taras Tatiana Tatjana Tekle Tesfaye Tetiana Thomas Tim Tobias Tom Tomasz Tsegay Tuan Tuncay Umar Ursula Uwe
Valentyna Valon Vanessa Vasyl Viktoria Viktoriia Vitali Vitalii Vjosa Volkan Volodymyr Wahid Walid Werner Wilhelm Wladimir
Wolfgang Yared Yasemin Yasin Yasmin Yemane Yohannes Yonas Yulia Yurii Yusuf Yıldız Zabiullah Zahra Zainab Zarghona Zeinab
Zeynep Ziad Zilan Zoran Ümit İbrahim
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

/**
 * Family names frequent in the same communities; they make a capitalised word after "Sohn" or "Familie" a name
 * rather than a noun. Endings (-ović, -enko, -zadeh …) are checked separately in `looksLikeSurname`.
 */
const SURNAMES = `
Ahmadi Al-Ali Arslan Aslan Aydın Bah Barry Bondarenko Camara Çelik Çetin Demir Diallo Doğan Haddad Hosseini Ivanov Ivanova
Kaya Kara Karimi Khalil Kılıç Koç Kovalenko Kowalski Kravchenko Kurt Melnyk Mohammadi Morina Nazari Nguyen Nowak Okafor
Okeke Özdemir Öztürk Petrov Petrova Popal Popescu Rahimi Rezaei Şahin Shevchenko Şimşek Sow Sultani Tesfaye Touré Traoré
Tkachenko Tran Yıldırım Yıldız Yılmaz
`;

export const SURNAMES_KNOWN: ReadonlySet<string> = new Set(SURNAMES.split(/\s+/).filter(Boolean));

const SURNAME_ENDING = /(?:ović|ević|vić|ić|ovic|evic|enko|chuk|czuk|czyk|ski|ska|sky|ová|ova|ov|ev|eva|escu|eanu|oglu|oğlu|yan|zadeh|zada|pour|nejad|ahi|ani|ari|imi|adi|azi|ini)$/;
const SURNAME_PREFIX = /^(?:Al|El|Abu|Ben|Bin|Ibn|Ould)-[A-ZÄÖÜ]/;
/** Letters of Turkish, Slavic, Romanian and other alphabets that no German word contains. */
export const NON_GERMAN_LETTER = /[ıİşŞğĞçÇćĆčČšŠžŽđĐłŁńŃőŐűŰăĂâÂîÎșȘțȚëËøØåÅñÑãÃõÕ]/;

export function looksLikeSurname(word: string): boolean {
  if (SURNAMES_KNOWN.has(word) || SURNAME_PREFIX.test(word) || NON_GERMAN_LETTER.test(word)) return true;
  return word.length >= 5 && SURNAME_ENDING.test(word);
}

/** A given name, also each part of a double name ("Anna-Lena", "Hans-Peter"). */
export function isGivenName(word: string): boolean {
  if (GIVEN_NAMES.has(word)) return true;
  const parts = word.split('-');
  return parts.length > 1 && parts.every((p) => GIVEN_NAMES.has(p));
}
