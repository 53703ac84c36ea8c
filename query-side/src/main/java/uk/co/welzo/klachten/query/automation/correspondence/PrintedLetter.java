package uk.co.welzo.klachten.query.automation.correspondence;

/** A letter printed for the post room: its file name ({@code <reference>-<letter>.pdf}) and the PDF. */
record PrintedLetter(String fileName, byte[] pdf) {
}
