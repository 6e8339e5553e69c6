/**
 * Chicago (notes and bibliography, bibliography entry) and MLA (9th edition, works-cited
 * entry) as CSL styles for what this archive holds: a transcript published on a website,
 * or one speaker's turn in it. Written for these item types only; APA comes with the CSL
 * plugin. citeproc renders all three (citation.ts).
 */
const header = (id: string, title: string): string => `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="en-US">
  <info><title>${title}</title><id>${id}</id><updated>2026-12-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>`;

export const CHICAGO = `${header('verbatim-chicago', 'Chicago Manual of Style, bibliography (speeches and transcripts)')}
  <bibliography>
    <layout suffix=".">
      <group delimiter=". ">
        <names variable="author"><name name-as-sort-order="first" sort-separator=", " delimiter=", " and="text"/></names>
        <text variable="title" quotes="true"/>
        <group delimiter=", ">
          <text variable="genre" text-case="capitalize-first"/>
          <text variable="event-place"/>
          <date variable="issued"><date-part name="month" form="long" suffix=" "/><date-part name="day" suffix=", "/><date-part name="year"/></date>
        </group>
        <text variable="publisher"/>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>`;

export const MLA = `${header('verbatim-mla', 'MLA Handbook, 9th edition, works cited (speeches and transcripts)')}
  <bibliography>
    <layout suffix=".">
      <group delimiter=" ">
        <names variable="author" suffix="."><name name-as-sort-order="first" sort-separator=", " delimiter=", " and="text"/></names>
        <text variable="title" quotes="true" suffix="."/>
        <group delimiter=", ">
          <text variable="publisher" font-style="italic"/>
          <date variable="issued"><date-part name="day" suffix=" "/><date-part name="month" form="short" strip-periods="false" suffix=" "/><date-part name="year"/></date>
          <text variable="event-place"/>
          <text variable="URL"/>
        </group>
      </group>
    </layout>
  </bibliography>
</style>`;
