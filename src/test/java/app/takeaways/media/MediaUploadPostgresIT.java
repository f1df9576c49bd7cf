package app.takeaways.media;

import app.takeaways.support.RequiresPostgres;

/**
 * Uploads on PostgreSQL: every test of {@link MediaUploadTests}, with the variants stored
 * as bytea on a real server.
 */
@RequiresPostgres
class MediaUploadPostgresIT extends MediaUploadTests {

}
