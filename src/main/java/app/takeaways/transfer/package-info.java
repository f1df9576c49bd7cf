/**
 * Moving in and out: WordPress (WXR) import and export, the native JSON archive, and
 * backups from the command line. Nothing depends on it.
 */
@org.jspecify.annotations.NullMarked
package app.takeaways.transfer;
