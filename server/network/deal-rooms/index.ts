// What other network features use from deal rooms: opening one (the front office, from a request).
export { type CreateDealRoomInput, createDealRoom } from './deal-rooms.create.ts';
