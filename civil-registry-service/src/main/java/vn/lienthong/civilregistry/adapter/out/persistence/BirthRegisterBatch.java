package vn.lienthong.civilregistry.adapter.out.persistence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.lienthong.civilregistry.domain.BirthDeclaration;
import vn.lienthong.civilregistry.domain.BirthRegistration;

/**
 * What one batch's transaction knows of the birth registers: every entry about the dossiers,
 * children and mothers it was loaded for, in the order they were recorded, then the entries the
 * batch itself added, which are written just before it commits. A second command about the same
 * child or dossier in the batch sees what the first one did.
 */
final class BirthRegisterBatch {

    private final Set<UUID> dossiers = new HashSet<>();
    private final Set<String> children = new HashSet<>();
    private final Set<String> mothers = new HashSet<>();
    private final Set<String> certificates = new HashSet<>();
    private final List<BirthRegistration> known = new ArrayList<>();
    private final List<BirthRegistration> added = new ArrayList<>();

    /** True when the entries of {@code dossierId} are known. */
    boolean covers(UUID dossierId) {
        return dossiers.contains(dossierId);
    }

    /** True when every entry that can be the same child as {@code declaration} is known. */
    boolean coversSameChild(BirthDeclaration declaration) {
        String mother = declaration.mother().personalIdNumber();
        return children.contains(declaration.childPersonalIdNumber().value())
                && (mother == null || mothers.contains(mother));
    }

    /** Marks the keys as known, with the stored entries a query found for them. */
    void loaded(Set<UUID> dossierIds, Set<String> childIds, Set<String> motherIds, List<BirthRegistration> found) {
        dossiers.addAll(dossierIds);
        children.addAll(childIds);
        mothers.addAll(motherIds);
        found.stream().filter(entry -> certificates.add(entry.certificateNumber().value())).forEach(known::add);
    }

    Set<UUID> unknownDossiers(Set<UUID> dossierIds) {
        return without(dossierIds, dossiers);
    }

    Set<String> unknownChildren(Set<String> childIds) {
        return without(childIds, children);
    }

    Set<String> unknownMothers(Set<String> motherIds) {
        return without(motherIds, mothers);
    }

    Optional<BirthRegistration> byDossier(UUID dossierId) {
        return known.stream().filter(entry -> entry.dossierId().equals(dossierId)).findFirst();
    }

    /**
     * The first recorded entry of the same child: the same personal ID number, or the same birth
     * ({@link BirthDeclaration#isSameBirthAs}: mother, date of birth and medical certificate, or
     * without one the child's name), as the register's query and its unique keys have it.
     */
    Optional<BirthRegistration> sameChild(BirthDeclaration declaration) {
        return known.stream().filter(entry -> entry.declaration().isSameChildAs(declaration)).findFirst();
    }

    void add(BirthRegistration registration) {
        certificates.add(registration.certificateNumber().value());
        known.add(registration);
        added.add(registration);
    }

    /** The entries added since the last call, in the order they were added; they are then forgotten as unwritten. */
    List<BirthRegistration> takeAdded() {
        List<BirthRegistration> unwritten = List.copyOf(added);
        added.clear();
        return unwritten;
    }

    private static <T> Set<T> without(Set<T> keys, Set<T> known) {
        Set<T> unknown = new HashSet<>(keys);
        unknown.removeAll(known);
        return unknown;
    }
}
