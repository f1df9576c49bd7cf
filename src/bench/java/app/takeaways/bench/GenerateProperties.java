package app.takeaways.bench;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Benchmark data set size, under {@code takeaways.generate}.
 *
 * @param posts generated posts, nine takeaways each; 0 generates nothing
 * @param comments generated comments spread over those posts
 */
@ConfigurationProperties("takeaways.generate")
record GenerateProperties(@DefaultValue("0") int posts, @DefaultValue("0") int comments) {
}
