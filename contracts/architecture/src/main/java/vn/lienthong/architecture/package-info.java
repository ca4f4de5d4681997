/**
 * The hexagon every service is built as, as ArchUnit rules: the domain and the use cases free of
 * frameworks, adapters reaching the inside only through its ports. Each service includes them
 * in its {@code ArchitectureTest}; a rule that matches no class fails, so a misspelled or moved
 * package cannot make a rule pass by checking nothing.
 */
package vn.lienthong.architecture;
