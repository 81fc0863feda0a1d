//! The `group_channels` endpoint family.

use sendbird_core::EndpointInfo;

/// Every endpoint of this family.
pub const ENDPOINTS: &[EndpointInfo] = &[];
