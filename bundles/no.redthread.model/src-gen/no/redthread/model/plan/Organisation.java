/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A municipality (kommune) or county (fylkeskommune).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.Organisation#getNumber <em>Number</em>}</li>
 *   <li>{@link no.redthread.model.plan.Organisation#getName <em>Name</em>}</li>
 *   <li>{@link no.redthread.model.plan.Organisation#getKind <em>Kind</em>}</li>
 *   <li>{@link no.redthread.model.plan.Organisation#getCountyNumber <em>County Number</em>}</li>
 * </ul>
 *
 * @see no.redthread.model.plan.PlanPackage#getOrganisation()
 * @model
 * @generated
 */
public interface Organisation extends Identified {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The official number: four digits for a municipality (kommunenummer, e.g. 4601), two for a county (fylkesnummer, e.g. 46).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see no.redthread.model.plan.PlanPackage#getOrganisation_Number()
	 * @model required="true"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Organisation#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see no.redthread.model.plan.PlanPackage#getOrganisation_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Organisation#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link no.redthread.model.plan.OrganisationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see no.redthread.model.plan.OrganisationKind
	 * @see #setKind(OrganisationKind)
	 * @see no.redthread.model.plan.PlanPackage#getOrganisation_Kind()
	 * @model
	 * @generated
	 */
	OrganisationKind getKind();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Organisation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see no.redthread.model.plan.OrganisationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OrganisationKind value);

	/**
	 * Returns the value of the '<em><b>County Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The two-digit number of the county the organisation belongs to (for a county: its own number).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>County Number</em>' attribute.
	 * @see #setCountyNumber(String)
	 * @see no.redthread.model.plan.PlanPackage#getOrganisation_CountyNumber()
	 * @model
	 * @generated
	 */
	String getCountyNumber();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Organisation#getCountyNumber <em>County Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>County Number</em>' attribute.
	 * @see #getCountyNumber()
	 * @generated
	 */
	void setCountyNumber(String value);

} // Organisation
