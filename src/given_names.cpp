// Given names by usual gender: data only (see given_names.hpp).
//
// Sources, as facts: the given names ranked by the US Social Security Administration's
// popular-names tables (births 1930s-2000s), and the most frequent given names published by
// national statistics offices (Spain's INE, France's INSEE, Italy's ISTAT, Germany's GfdS,
// Poland's PESEL registry, Russia), with names borne by people often quoted in international
// news (Arab world, Turkey, Iran, South Asia, Japan, Africa, Israel).
//
// Left out on purpose, because in news they are more often something else:
// - months, places and companies: May, June, April, August, Georgia, Jordan, Victoria, Paris,
//   Florence, Austin, Orlando, Salvador, Santiago, Regina, Chelsea, Sydney, Lincoln, Douglas
//   (McDonnell Douglas), Stanley (Morgan Stanley), Morgan, Dean (Dean Witter), Barney (Smith
//   Barney), Al (Arabic `Al`), Eli (Eli Lilly), Lloyd, Merrill, Dillon, Marshall, Mercedes, Walt,
//   Philip (Philip Morris);
// - common words: Will, Grant, Hope, Faith, Joy, Rose, Guy, Art, Rich, Sterling, Penny, Chase,
//   Hunter, Miles, Lance, Earl, Duke, Major, Sultan, Gene, Amber, Crystal, Ruby, Pearl, Iris,
//   Summer, Dawn, Christian, Angel, Jesus, Roman, Marine, Rob, Ray, Rod, Max, Drew, Jan (January);
// - surnames of much-quoted people of the other gender, where the surname alone would get a
//   wrong gender: Clinton, Warren, Ernst, Murray, Carson, Christie, Lindsey/Lindsay (Lindsey
//   Graham), Taylor, Jackson, Harrison, Wilson, Kim (a family name first).
// Names borne by both (Jean: French men, English women) are in `either`: a first name with no
// gender. Hand-written rows of the quote lexicon win over these lists. Names are in ASCII
// spelling (`jose`, `francois`): the quote stage looks up ASCII words only.
#include "given_names.hpp"

namespace claimex::detail {
namespace {

constexpr std::string_view kMale =
    // English (SSA)
    "aaron abe abraham adrian alan albert alec alexander alfred allan allen alvin amos andrew "
    "andy angus anthony archie arnold arthur barry bart ben benjamin bennett benny bernard bert "
    "bill billy blake bob bobby boyd brad bradley brendan brett brian bruce bryan burt byron "
    "caleb calvin cameron carl cecil cedric chad charles charlie chester chris christopher chuck "
    "clarence claude clay clayton clement clifford clint colin conrad craig curtis cyril dale "
    "damian damien dan daniel danny darren darryl dave david declan dennis derek derrick desmond "
    "dominic don donald doug douglass duane dustin dwight dylan ed eddie edgar edmund edward "
    "edwin elijah elliot elliott elmer elton emmanuel eric ernest ernie ethan eugene evan "
    "everett floyd francis frank franklin fred freddie frederick gabriel garrett gareth gary gavin "
    "geoff geoffrey george gerald gerard gilbert glen glenn gordon graham greg gregg gregory hal "
    "hank "
    "harold harry harvey henry herbert herman horace howard hubert hugh hugo ian irving isaac "
    "isaiah "
    "jack jacob jake jamal james jared jason jay jeff jeffrey jeremy jerome jerry jesse jim "
    "jimmy joe joel john johnny jon jonathan joseph josh joshua julian julius justin karl keith "
    "ken kenneth kevin kirk kurt kyle lamar larry lawrence leo leon leonard leroy les lester "
    "lewis lionel louis luke luther lyndon malcolm mark marcus martin marvin mathew matt "
    "matthew maurice maxwell melvin mervyn micah michael mickey mike milton mitch mitchell "
    "morris moses nathan nathaniel neal neil nelson nicholas nick nigel noah noel norman oliver "
    "oscar otto owen patrick paul percy perry pete peter phil phillip preston quentin ralph "
    "randall randy raphael raymond reginald reuben richard rick ricky robert rodney roger roland "
    "ron ronald ronnie ross roy rudolph rudy rupert russell ryan samuel saul scott sean seth "
    "shane shaun shawn sheldon sidney silas simon stephen steve steven stewart stuart ted terence "
    "terrance theodore thomas tim timothy toby todd tom tommy tony travis trevor troy tyler "
    "tyrone vernon victor vince vincent virgil wallace walter wayne wesley wilbur wilfred willard "
    "william willie willy winston zachary "
    // French, German, Dutch, Scandinavian
    "alain alexandre antoine arnaud benoit bernd bertrand christoph christophe dieter "
    "dominik edouard emil emile fabrice francois franz friedrich gerd "
    "gerhard guillaume gunter hans heinrich heinz helmut henri horst jacques "
    "jean-claude jean-luc jean-marc jean-marie jean-paul jean-pierre jean-yves jens "
    "joachim johann johannes jorg jurgen klaus lars laurent lothar ludwig "
    "lutz magnus manfred marcel matthias michel nicolas nikolaus norbert olaf olivier pierre "
    "rainer rene rolf rudolf sigmar stefan stephan sven thierry thilo ulf ulrich volker "
    "werner wim wolfgang xavier yves "
    // Italian, Spanish, Portuguese
    "alberto alejandro alessandro alfonso alfredo lucio andres angelo antonio arturo "
    "augusto "
    "bruno carlo carlos cesar diego eduardo emilio enrico enrique ernesto fabio federico "
    "felipe fernando francesco francisco gianni giorgio giovanni giuseppe guido gustavo hector "
    "humberto ignacio jaime javier joaquin jorge jose juan julio lorenzo "
    "luca luciano luigi luis luiz manuel marcelo marco mariano mario massimo matteo mauricio "
    "mauro miguel pablo paolo pedro rafael ramon raul riccardo ricardo roberto "
    "rodrigo romano sandro sergio silvio stefano umberto vicente "
    // Slavic, Baltic, Hungarian, Greek
    "aleksandr aleksander alexei alexey anatoly andrei andrej andrzej bogdan boris dmitri "
    "dmitry gennady grzegorz igor ilya ivan jacek jaroslaw jiri konstantin lech "
    "leonid marek mikhail miroslav nikolai nikolay oleg pavel petr piotr sergei sergey stanislav "
    "tomasz vaclav vasily viktor vitaly vladimir vladislav wojciech yevgeny yuri zbigniew "
    "zoltan kostas konstantinos giorgos yiannis "
    // Arabic, Turkish, Persian, Hebrew
    "abdel abdul abdullah abdulaziz abu adel ahmad ahmed ahmet akbar ali amir anwar ashraf "
    "avigdor aziz bashar ehud emre fahd faisal farid farouk fatih hamid hamza hasan "
    "hassan hisham hosni hussein ibrahim imran ismail kamal karim kemal khaled khalid mahmoud "
    "mehmet moammar mohamed mohammad mohammed moshe muhammad mustafa naftali nasser omar osama "
    "reza saad saeed salim salman shimon tariq walid yaakov yair yasser yitzhak youssef yusuf "
    // South Asian, African
    "ajay amit anil arun arvind ashok deepak jawaharlal manmohan mukesh narendra nawaz pervez "
    "rahul rajiv rakesh ramesh ranil ravi sanjay shahid sunil suresh vijay vikram goodluck "
    "jomo kofi kwame muhammadu olusegun thabo uhuru yoweri "
    // Japanese
    "akira hajime hideki hiroshi ichiro kiichi junichiro kazuo kenji koji makoto masao michio "
    "noboru ryutaro "
    "satoshi shigeru shinji shinzo tadashi takashi takeshi taro toshio yasuhiro yasuo yoshihiko "
    "yoshio yukio "
    // more from Europe, the Middle East, Africa and Latin America
    "marlin frans markus gilberto arsenio caspar piers vittorio akio seiji barend achmad janusz "
    "robertus gholamreza janos rachmat branko aldo domingo yotaro masaji ludolf turgut nimal "
    "leonhard fumio shoichi siegfried bernhard denys dimitris ignaz wilfried toyoo heribert "
    "gustav hermann otmar karsten cornelis pieter hendrik willem joost maarten bjorn nils anders "
    "henrik mikael jukka matti pekka esko lauri sten goran tadeusz stanislaw kazimierz bronislaw "
    "jaroslav zdenek ladislav imre laszlo gyula ferenc sandor istvan tibor dragan slobodan zoran "
    "radovan nikos andreas panagiotis vassilis mesut suleyman bulent hamad nawaf mahmud hossein "
    "mohsen mehdi javad hashem yigal ariel amnon dov uri zvi yossi gamal atef amr abdelaziz "
    "mustapha driss habib hedi zine chadli houari lamine idriss mwai raila umaru yakubu murtala "
    "bakili bingu joaquim armando samora agostinho fidel evo lula alvaro ollanta sebastian";

constexpr std::string_view kFemale =
    // English (SSA)
    "abigail ada adele agnes aileen alice alicia alison allison alma amanda amelia amy ana "
    "angela angelina angie anita ann anna anne annette annie antoinette audrey ava barbara "
    "beatrice becky belinda bernadette bertha beth bethany betsy betty beverly bianca bonnie "
    "brenda bridget brittany brooke camilla camille candace cara carla carmen carol carole "
    "caroline carolyn carrie cassandra catherine cathy cecilia celia charlene charlotte cheryl "
    "chloe christina christine cindy claire clara claudia colleen connie constance cora "
    "courtney cynthia daisy danielle daphne darlene debbie deborah debra denise diana diane "
    "dianne dolores donna doris dorothy edith edna eileen elaine eleanor eliza elizabeth ella "
    "ellen eloise elsa emily emma erica erin esther ethel eva evelyn felicity fiona frances "
    "gabrielle gail geraldine gertrude gillian gina gladys gloria grace greta gwen gwendolyn "
    "haley hannah harriet hazel heather heidi helen helena henrietta hilary hillary ida ingrid "
    "irene isabel isabella isabelle jacqueline jane janet janice jeanette jeanne jennifer jenny "
    "jessica jill joan joann joanna joanne jocelyn josephine joyce judith judy julia julie "
    "juliet justine karen katherine kathleen kathryn kathy kate katie katrina kayla kellyanne "
    "kimberly kristen kristin laura lauren laurie leah lena lillian linda lisa lois loretta "
    "lorraine louise lucille lucy lydia mabel madeleine madeline maggie mandy marcia margaret "
    "margo maria marian marianne marie marilyn marjorie marlene martha mary maureen megan "
    "melania melanie melinda melissa meredith mia michele michelle mildred miriam molly monica "
    "nancy naomi natalie natasha nicole nikki nina nora norma olivia paige pamela patricia "
    "patsy patty paula pauline peggy penelope phyllis polly priscilla rachel rebecca renee "
    "rhonda rita roberta robyn rosalind rosalyn rosemary roxanne ruth sabrina sally samantha "
    "sandra sara sarah sharon sheila shelley sherry shirley sophia stacy stella stephanie sue "
    "susan suzanne sylvia tamara tammy tanya tara teresa theresa tina valerie vanessa veronica "
    "vicki vickie vivian wanda wendy whitney yolanda yvonne zoe "
    // European
    "agnieszka alessandra anastasia angelika anke annalena antje beata birgit brigitte "
    "christiane claudine cristina daniela dilma elena elisa elisabeth ewa francesca "
    "francoise gabriela giulia hanna ilse irina jelena katarzyna katharina kirsten larisa "
    "ludmila lyudmila magdalena manuela margarita margrethe marina marisa marta martina monika "
    "monique nadia natalia nathalie olga oksana petra rosa sabine segolene silvia "
    "simone simonetta sofia sonia sophie svetlana tatiana tatyana ulrike ursula valentina "
    "viktoria yulia yuliya "
    // Arab world, Asia, Africa
    "aisha benazir fatima fatma golda hiroko indira jacinda kamala keiko lakshmi leyla malala "
    "mamata mayawati megawati michiko nirmala priyanka rania sahra sushma yingluck yoko zeinab "
    // more from Europe, the Middle East, Africa, Asia and Latin America
    "corazon solita imelda khaleda hasina chandrika sirimavo tzipi ayelet miri tansu graca winnie "
    "albertina lindiwe nkosazana thuli beatriz marisol esperanza consuelo pilar rocio inmaculada "
    "begona nuria ines leonor soledad araceli eleni kalliopi dora theodora birgitta kerstin "
    "annika margareta ulla gunilla helle mette pia lene tove ingeborg liv gro siv erna jolanta "
    "malgorzata elzbieta danuta halina krystyna";

// men and women both: a first name, no gender
constexpr std::string_view kEither =
    "alex alexis andrea ashley carey casey dana dominique jamie jean jody kelly laurence leslie "
    "lynn "
    "marion pat robin sam sasha shannon terry tracy yuki";

constexpr GivenNames kGivenNames{kMale, kFemale, kEither};

}  // namespace

const GivenNames& given_names() noexcept {
  return kGivenNames;
}

}  // namespace claimex::detail
