package app.takeaways.media;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Media library settings, under {@code takeaways.media}.
 *
 * @param directory keep picture files in this directory instead of the database
 * @param cacheMegabytes how many megabytes of recently asked-for variants each instance
 * keeps as local files, sent by the kernel without copying (0 keeps none)
 */
@ConfigurationProperties("takeaways.media")
public record MediaProperties(@Nullable Path directory, @DefaultValue("256") int cacheMegabytes) {
}
