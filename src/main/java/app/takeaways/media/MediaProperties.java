package app.takeaways.media;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Media library settings, under {@code takeaways.media}.
 *
 * @param directory keep picture files in this directory instead of the database
 */
@ConfigurationProperties("takeaways.media")
public record MediaProperties(@Nullable Path directory) {
}
