package vn.lienthong.deploy.population;

/** Who filed the dossier (người đi khai sinh): a parent, or a grandparent acting for them. */
public record Declarant(Person person, Role relationship, String phone) {

    public enum Role {
        MOTHER,
        FATHER,
        GRANDPARENT
    }
}
