package io.tollgate.dataholding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.tollgate.api.model.AccessType;
import io.tollgate.api.model.DataCategoryCode;

import java.util.List;

@MappedEntity("data_holding")
public record DataHolding(@Id @GeneratedValue Long id,
                          long vendorId,
                          DataCategoryCode dataCategory,
                          long recordCount,
                          AccessType accessType,
                          @Nullable @TypeDef(type = DataType.JSON) List<String> regions,
                          boolean vulnerableSubjects) {
}
