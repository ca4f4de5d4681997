/** PostgreSQL storage: staff members, the token-signing keys and the withdrawals (Spring Authorization Server keeps its own tables). */
package vn.lienthong.identity.adapter.out.persistence;
