package vn.lienthong.identity.adapter.out.persistence;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The token-signing RSA keys, kept in table signing_key. The first start creates one; every later
 * start, and every other instance, loads the same one, so a token outlives a restart and any
 * instance's JWK set verifies any instance's tokens. The key id is the key's RFC 7638 thumbprint.
 */
public class JdbcSigningKeys {

    private static final Logger log = LoggerFactory.getLogger(JdbcSigningKeys.class);
    private static final int KEY_SIZE = 2048;

    private final JdbcClient jdbc;

    public JdbcSigningKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key that signs, created if there is none yet; with it every key kept, for verification. */
    public List<RSAKey> loadCreatingIfNone() {
        if (jdbc.sql("select count(*) from signing_key where active").query(Integer.class).single() == 0) {
            RSAKey created = generate();
            // A second instance starting at the same moment loses here (one active key at most) and
            // loads the winner's key below.
            int inserted = jdbc.sql("""
                    insert into signing_key (key_id, algorithm, public_key, private_key, active)
                    values (?, 'RS256', ?, ?, true) on conflict do nothing""")
                    .params(created.getKeyID(), encoded(created, true), encoded(created, false))
                    .update();
            if (inserted == 1) {
                log.info("Created the token-signing key {}", created.getKeyID());
            }
        }
        return jdbc.sql("select key_id, public_key, private_key from signing_key order by active desc, created_at desc")
                .query((rs, row) -> decode(rs.getString("key_id"), rs.getBytes("public_key"), rs.getBytes("private_key")))
                .list();
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate()).build();
            return new RSAKey.Builder(key).keyID(key.computeThumbprint().toString())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("could not create a signing key", e);
        }
    }

    private static byte[] encoded(RSAKey key, boolean publicPart) {
        try {
            return publicPart ? key.toRSAPublicKey().getEncoded() : key.toRSAPrivateKey().getEncoded();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not encode the signing key", e);
        }
    }

    private static RSAKey decode(String keyId, byte[] publicKey, byte[] privateKey) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new RSAKey.Builder((RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(publicKey)))
                    .privateKey((RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))
                    .keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing key " + keyId + " cannot be read", e);
        }
    }
}
