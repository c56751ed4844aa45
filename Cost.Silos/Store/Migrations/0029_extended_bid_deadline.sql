-- An upheld complaint's revision extends the bid deadline only when fewer than 15 days remain from the new publication
-- (GB/T 50500-2013 §5.3.9); with the deadline the trading platform registered, the extended deadline is kept here.
ALTER TABLE complaints ADD COLUMN extended_bid_deadline TEXT NULL;
