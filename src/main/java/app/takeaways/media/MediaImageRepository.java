package app.takeaways.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface MediaImageRepository extends JpaRepository<MediaImage, Long> {

	Optional<MediaImage> findByHash(String hash);

	List<MediaImage> findByHashIn(Collection<String> hashes);

	List<MediaImage> findAllByOrderByUploadedAtDescIdDesc();

	List<MediaImage> findAllByOrderByIdAsc();

	List<MediaImage> findByHashGreaterThanOrderByHashAsc(String hash, Limit limit);

}
