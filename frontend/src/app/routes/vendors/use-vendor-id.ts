import { useParams } from 'react-router';

/** The :vendorId route parameter, or undefined when it is not a valid id. */
export function useVendorId(): number | undefined {
  const { vendorId } = useParams();
  const id = Number(vendorId);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}
