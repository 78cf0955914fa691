/**
 * Common English first names with a usual gender, so that "he" and "she" skip a person whose first name says
 * otherwise. A small general list (frequent given names in English-language news), not the people of any article;
 * a name on neither list leaves the person's gender open.
 */
const MASCULINE = new Set(`aaron adam alan albert alexander andrew anthony arthur austin benjamin bill billy bob bobby brandon
brian bruce bryan carl charles chris christopher chuck dan daniel david dennis donald douglas dylan edward eric ethan eugene
frank gabriel gary george gerald gregory harold harry henry jack jacob james jason jeff jeffrey jeremy jerry jesse jim jimmy
joe joel john johnny jonathan jordan jose joseph joshua juan justin keith kenneth kevin kyle larry lawrence louis luis mark
martin matthew michael mike nathan nicholas noah patrick paul peter philip ralph randy raymond richard rick robert roger ronald
roy russell ryan samuel scott sean stephen steve steven ted terry thomas tim timothy tom tony tyler vincent walter wayne william
willie zachary`.split(/\s+/u));

const FEMININE = new Set(`abigail alice alexis amanda amber amy andrea angela ann anna anne ashley barbara betty beverly
brenda brittany carol carolyn catherine charlotte cheryl christina christine cynthia danielle deborah debra denise diana diane
donna doris dorothy elizabeth ellen emily emma evelyn frances gloria grace hannah heather helen hillary isabella janet janice
jean jennifer jessica joan joyce judith judy julia julie karen katherine kathleen kathryn kelly kimberly laura lauren linda lisa
madison margaret maria marie marilyn martha mary megan melissa michelle nancy natalie nicole olivia pamela patricia rachel
rebecca rose ruth samantha sandra sara sarah sharon shirley sophia stephanie susan teresa theresa victoria virginia`.split(/\s+/u));

/** "m" or "f" for a common first name (lower case), null when the list does not know it. */
export function firstNameGender(first: string | undefined): "m" | "f" | null {
  if (!first) return null;
  return MASCULINE.has(first) ? "m" : FEMININE.has(first) ? "f" : null;
}
