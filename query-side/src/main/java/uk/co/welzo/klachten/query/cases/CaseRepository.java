package uk.co.welzo.klachten.query.cases;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CaseRepository extends MongoRepository<CaseDocument, String> {

    Optional<CaseDocument> findByReference(String reference);
}
