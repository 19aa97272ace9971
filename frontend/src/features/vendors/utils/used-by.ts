/** The vendor list showing every vendor that uses this one (a vendor's `usedBy` holds only the first 100). */
export function usedByListPath(vendorId: number) {
  return `/vendors?platformId=${vendorId}`;
}
