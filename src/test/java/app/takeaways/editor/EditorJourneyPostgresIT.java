package app.takeaways.editor;

import app.takeaways.support.RequiresPostgres;

/**
 * The editor's journey in Chromium on PostgreSQL: every test of {@link EditorJourneyIT},
 * against a real server.
 */
@RequiresPostgres
class EditorJourneyPostgresIT extends EditorJourneyIT {

}
