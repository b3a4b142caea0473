// What other parts of the app use from members: rebuilding the directory's search text (the seed, imports).
export { refreshMemberSearch } from './members.repo.ts';
